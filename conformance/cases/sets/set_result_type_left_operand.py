# ---
# features: [sets, containers]
# dialect: py3
# description: set operations between set and frozenset return the left operand's type
# ---
print(type(frozenset([1]) | set([2])).__name__)
print(type(set([1]) | frozenset([2])).__name__)
