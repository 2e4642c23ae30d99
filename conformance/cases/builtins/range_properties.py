# ---
# features: [builtins, sequences]
# dialect: py3
# description: range supports len, indexing, slicing, containment and equality
# ---
r = range(0, 20, 3)
print(len(r))
print(r[2], r[-1])
print(r[1:3])
print(9 in r, 10 in r)
print(range(0) == range(5, 5))
print(range(0, 3) == range(0, 3, 1))
