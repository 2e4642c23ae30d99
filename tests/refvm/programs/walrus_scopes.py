G = 0
def f():
    global G
    [G := x for x in range(3)]
    return G
print(f(), G)
def g():
    y = 0
    [y := x * 2 for x in range(3)]
    return y
print(g())
[z := 5 for _ in range(1)]
print(z)
class C:
    w = (v := 3)
print(C.w, "v" in dir())
