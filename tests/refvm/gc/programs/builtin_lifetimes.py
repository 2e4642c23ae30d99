# Temporaries passed through builtins (map, sorted, zip, max, join, getattr,
# bound methods, default arguments) die when CPython drops them.
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("  del", self.n)
    def __repr__(self): return "T%d" % self.n
print("format"); print(f"{T(3)!r}"); print("after format")
print("map"); m = map(repr, [T(4)]); print(list(m)); print("map alive"); m = None; print("after map")
print("sorted"); s = sorted([T(5), T(6)], key=lambda t: t.n); s = None; print("after sorted")
print("slice del"); l = [T(7), T(8), T(9)]; del l[0:2]; print("after slice del"); l = None
print("dictcomp"); d = {i: T(i) for i in (10,)}; d = None; print("after dictcomp")
print("zip")
for a, b in zip([T(11)], [T(12)]):
    print("  pair", a, b)
print("after zip"); a = b = None; print("after names")
print("isinstance"); print(isinstance(T(13), T)); print("after isinstance")
print("getattr default"); print(getattr(T(14), "missing", None)); print("after getattr")
print("bound method"); bm = T(15).__repr__; print(bm()); bm = None; print("after bm")
print("lambda default"); f = (lambda x=T(16): x.n); print(f()); f = None; print("after lambda")
print("str join"); print(",".join(repr(t) for t in [T(17), T(18)])); print("after join")
print("max"); print(max([T(19), T(20)], key=lambda t: t.n)); print("after max")
print("nested"); outer = [[T(21)]]; inner = outer[0]; outer = None; print("outer gone"); inner = None; print("after nested")
print("end")
