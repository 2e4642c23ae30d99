# Code run by a builtin or a special method from inside a call the JIT inlined
# into a hot loop (its frame virtual, or made for a handler) looks at the
# frames: sys._getframe(n), f_code, f_lineno, f_locals.  Until 2026-12-05
# those frames were missing from the chain with the JIT on ('call stack is not
# deep enough', the wrong caller); interp/frame.virtual_frames makes them.
import sys
seen = []
def look(tag):
    f1 = sys._getframe(1)
    f2 = sys._getframe(2)
    f3 = sys._getframe(3)
    seen.append((tag, f1.f_code.co_name, f1.f_lineno, sorted(k for k in f1.f_locals if not k.startswith('_')),
                 f2.f_code.co_name, f2.f_lineno, f3.f_code.co_name))
class V:
    def __init__(self, n): self.n = n
    def __abs__(self):
        if self.n == 1500:
            look('abs')
        return self.n
    def __lt__(self, o):
        if self.n == 1500:
            look('lt')
        return self.n < o.n
    def __hash__(self):
        if self.n == 1500:
            look('hash')
        return self.n
def key(x):
    if x == 1500:
        look('key')
    return x
def via_abs(i):
    v = V(i)
    return abs(v)
def via_map(i):
    t = i * 2
    return list(map(key, [i]))[0]
def via_sorted_pos(i):
    ys = [V(i), V(i + 1)]
    return sorted(ys)[0].n
def via_set(i):
    s = {V(i)}
    return len(s)
def via_nested(i):
    return via_abs(i) + 1
def loop(fn):
    t = 0
    for i in range(3000):
        t += fn(i)
    return t
for fn in (via_abs, via_map, via_sorted_pos, via_set, via_nested):
    loop(fn)
for s in seen:
    print(s)
names = []
def key(x):
    if x == 2500:
        names.append(sys._getframe(1).f_code.co_name)
        names.append(sys._getframe(2).f_code.co_name)
    return x
def f(xs):
    return sorted(xs, key=key)[0]
def loop(n):
    for i in range(n):
        f([i, i + 1])
loop(3000)
print(names)
