# ---
# features: [dicts, containers]
# dialect: py3
# description: defaultdict inserts a default on missing access
# ---
import collections
d = collections.defaultdict(list)
d["x"].append(1)
d["x"].append(2)
print(dict(d))
print(d.get("y"))
print("y" in d)
