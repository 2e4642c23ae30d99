# ---
# features: [gc-weakref, weakref, gc, implementation-defined]
# dialect: py3
# description: a WeakValueDictionary entry disappears after its value is collected
# outcomes:
#   removed: "['a']\n['a', 'b']\n['a']\n"
#   asynchronous-collector: "['a']\n['a', 'b']\n['a', 'b']\n"
# ---
import gc
import weakref
class V:
    pass
keep = V()
d = weakref.WeakValueDictionary()
d["a"] = keep
print(sorted(d))
tmp = V()
d["b"] = tmp
print(sorted(d))
del tmp
gc.collect()
print(sorted(d))
