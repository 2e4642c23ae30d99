# ---
# features: [tuples, containers]
# dialect: py3
# description: namedtuple fields, _replace and _asdict
# ---
import collections
P = collections.namedtuple("P", "x y")
p = P(1, y=2)
print(p)
print(p.x + p[1])
print(p._replace(x=9))
print(p._asdict())
print(P._fields)
