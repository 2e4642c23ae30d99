# ---
# features: [comparisons, comparisons, containers]
# dialect: py2+3
# description: container equality and membership treat an identical element as equal even if it is not equal to itself
# ---
nan = float("nan")
print(nan == nan)
print([nan] == [nan])
print(nan in [nan])
print(float("nan") in [nan])
