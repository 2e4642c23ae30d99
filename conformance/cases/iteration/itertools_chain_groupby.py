# ---
# features: [iteration, protocols]
# dialect: py3
# description: itertools chain, groupby and accumulate
# ---
import itertools
print(list(itertools.chain([1], (2, 3), "ab")))
print([(k, len(list(g))) for k, g in itertools.groupby("aabbbc")])
print(list(itertools.accumulate([1, 2, 3, 4])))
