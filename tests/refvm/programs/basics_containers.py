l = [3, 1, 2]
l.append(5)
l.extend([9, 0])
l.insert(0, 7)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1))
l.sort()
print(l, sorted(l, reverse=True), l[1:3], l[::2], list(reversed(l)))
l.remove(2)
del l[0]
print(l, len(l), 3 in l, 8 in l, l * 2, l + [1])
t = (1, 2, 3)
a, b, c = t
print(t, a + b + c, t[1:], t.index(3), (1,) + t, tuple([4, 5]))
d = {"a": 1, "b": 2}
d["c"] = 3
d.update(x=10)
print(d, list(d.keys()), list(d.values()), list(d.items()), d.get("z"), d.get("a"))
print(d.pop("a"), d.setdefault("q", 7), d, "b" in d, len(d))
del d["b"]
print(sorted(d), dict(zip("xy", [1, 2])), dict([("k", "v")]), {**d, "new": 1})
s = {3, 1, 2}
s.add(4)
s.discard(1)
print(sorted(s), sorted(s | {9}), sorted(s & {2, 3}), sorted(s - {2}), {1, 2} <= {1, 2, 3})
print(frozenset([1, 2]) == {1, 2}, len(set("banana")), sorted(set("banana")))
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
x, (y, z) = 1, (2, 3)
print(first, rest, init, last, x, y, z)
m = [[0] * 3 for _ in range(2)]
m[1][2] = 5
print(m, [row[:] for row in m] == m)
print(list(range(10, 0, -3)), range(5)[2], len(range(0, 100, 7)), list(enumerate("ab", 1)))
print(list(zip([1, 2, 3], "ab")), list(map(lambda v: v * 2, [1, 2])), list(filter(None, [0, 1, 2])))
print(any([0, 0, 1]), all([]), sum([1, 2, 3], 10), min("bca"), max([], default="empty"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1]), [1, 2, 3][-1])
