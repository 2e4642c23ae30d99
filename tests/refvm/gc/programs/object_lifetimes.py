# When objects die: temporaries, comprehensions, discarded returns, overwritten
# attributes, with, except, closures, arguments, loop variables.  CPython at
# once; PyPy at a collection (here: none before exit).
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("  del", self.n)
    def m(self): return self.n
    def __enter__(self): return self
    def __exit__(self, *a): print("  exit", self.n)
print("temp method call"); x = T(1).m(); print("after", x)
print("comprehension"); l = [T(i) for i in (2, 3)]; print("built"); l = None; print("after")
print("discarded return")
def make(n): return T(n)
make(4); print("after")
print("attr overwrite"); h = T(0); h.a = T(5); h.a = None; print("after")
print("dict del"); d = {"k": T(6)}; del d["k"]; print("after")
print("list pop"); q = [T(7)]; q.pop(); print("after")
print("with")
with T(8) as w: print("  inside")
print("after with"); w = None; print("after w")
print("exception")
try:
    t = T(9); raise ValueError(t)
except ValueError as e:
    print("  caught")
print("after except"); t = None; print("after t")
print("closure")
def outer():
    c = T(10)
    def inner(): return c.n
    return inner
f = outer(); print(f()); f = None; print("after closure")
print("args")
def g(a, b=None): print("  in g")
g(T(11)); print("after g")
print("generator expression"); print(sum(t.n for t in [T(12), T(13)])); print("after genexp")
print("augmented"); h = None; s = T(14); s = T(15); print("after aug")
print("tuple unpack"); a, b = T(16), T(17); a = b = None; print("after unpack")
print("for loop var")
for v in [T(18), T(19)]:
    print("  iter", v.n)
print("after for"); v = None; print("end")
