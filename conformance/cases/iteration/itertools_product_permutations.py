# ---
# features: [iteration, protocols]
# dialect: py3
# description: product, permutations and combinations order
# ---
import itertools
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 3)))
