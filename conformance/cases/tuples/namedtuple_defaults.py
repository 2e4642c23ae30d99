# ---
# features: [tuples, containers]
# dialect: py3
# description: namedtuple defaults apply to the rightmost fields
# ---
import collections
P = collections.namedtuple("P", "a b c", defaults=[2, 3])
print(P(1))
try:
    P()
except TypeError:
    print("TypeError")
