# ---
# features: [dicts, containers]
# dialect: py3
# description: OrderedDict.move_to_end and order-sensitive equality
# ---
import collections
o = collections.OrderedDict.fromkeys("abc")
o.move_to_end("a")
print(list(o))
o.move_to_end("c", last=False)
print(list(o))
print(collections.OrderedDict(a=1, b=2) == collections.OrderedDict(b=2, a=1))
print(collections.OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
