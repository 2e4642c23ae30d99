# ---
# features: [tuples, containers]
# dialect: py3
# description: a namedtuple is a tuple and compares like one
# ---
import collections
P = collections.namedtuple("P", ["a", "b"])
print(isinstance(P(1, 2), tuple))
print(P(1, 2) == (1, 2))
a, b = P(3, 4)
print(a, b)
