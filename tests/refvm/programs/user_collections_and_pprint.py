"""collections.UserDict, UserList, UserString (refvm/lib: refvm had none), and
pprint, which needed them (it reported unsupported until 2026-12-05)."""
import collections, pprint
d = collections.UserDict({"a": 1}, b=2)
d["c"] = 3
print(d, len(d), "a" in d, d.get("z", 0), sorted(d.keys()), d | {"e": 5}, d == {"a": 1, "b": 2, "c": 3})
class Missing(collections.UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()["x"], d.copy(), dict(d), d.pop("a"), d.setdefault("q", 9), d)
l = collections.UserList([3, 1, 2])
l.append(0); l.sort()
print(l, l[1:], l + [9], [8] + l, l * 2, len(l), 2 in l, l == [0, 1, 2, 3], l.index(2), l.count(1))
s = collections.UserString("Hello")
print(s, s.upper(), s + "!", len(s), s[1:3], "ell" in s, s == "Hello", s.replace("l", "L"), s.split("e"), repr(s.lower()))
pprint.pprint({"b": [1, 2, {"c": 3}], "a": list(range(30)), "u": d, "l": l}, width=40)
print(pprint.pformat(collections.OrderedDict(x=1)), pprint.saferepr([1, "a"]), pprint.isreadable({1: 2}))
