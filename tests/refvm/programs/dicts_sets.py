d = dict(a=1, b=2)
d2 = {"b": 3, "c": 4}
print(d | d2, {**d, **d2}, d.keys() & d2.keys(), sorted(d.items() - d2.items()))
d |= d2
print(d, list(d.values()), sorted(d.items(), key=lambda kv: -kv[1]))
print({k: v for k, v in sorted(d.items()) if v > 1}, dict.fromkeys("xy", 0))
print(d.popitem(), d.copy(), len(d), d == {"a": 1, "b": 3}, d != d2)
try:
    {}["missing"]
except KeyError as e:
    print("KeyError", e, repr(e))
try:
    {[1]: 2}
except TypeError as e:
    print(e)
s = {1, 2, 3}
t = frozenset({3, 4})
print(s | t, s & t, s - t, s ^ t, t | s, s.isdisjoint({9}), s.issuperset({1}), {1, 2} < s)
s.update([5, 6])
s.difference_update({1})
s.intersection_update(range(10))
s.symmetric_difference_update({2, 7})
print(sorted(s), s.pop() in range(10), len(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
nested = {"x": [1, {"y": (2, 3)}], "z": {1, 2}.__class__.__name__}
print(nested, repr(nested) == str(nested))
keys = [1, 1.0, True, "1", (1,), None]
print({k: str(k) for k in keys})
od = {}
for w in "the quick brown fox jumps over the lazy dog the end".split():
    od[w] = od.get(w, 0) + 1
print(od, max(od, key=od.get), sorted(od, key=lambda k: (-od[k], k))[:3])
