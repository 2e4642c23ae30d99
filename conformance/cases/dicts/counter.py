# ---
# features: [dicts, containers]
# dialect: py3
# description: collections.Counter counts and orders most_common
# ---
import collections
c = collections.Counter("abracadabra")
print(c.most_common(2))
print(c["z"])
c.update("zz")
print(c["z"])
