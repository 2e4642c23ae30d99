x = "global"


def f():
    x = "enclosing"

    class C:
        x = "class"
        y = x

        def m(self):
            return x
    return C.y, C().m()


print(f())


def g():
    v = 1

    class D:
        w = v + 1
    return D.w


print(g())
print([y for y in range(3)], [(a, b) for a in range(2) for b in range(a + 1)])
print({c: c * 2 for c in "ab"}, {n % 3 for n in range(10)})
total = 0
print([total := total + n for n in range(5)], total)


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count
    return inc, lambda: count


inc, get = counter()
inc()
inc()
print(get())


def shadow():
    result = []
    for i in range(3):
        result.append(lambda: i)
    return [r() for r in result]


print(shadow())
if (n := 10) > 5:
    print("walrus", n)


def outer():
    a = 1

    def mid():
        def inner():
            return a
        return inner()
    return mid()


print(outer())
print(globals()["x"], "f" in dir(), sorted(k for k in locals() if k == "x"))


def loc(a, b=2):
    c = 3
    return sorted(locals().items())


print(loc(1))
exec("z = 5\nprint('exec', z, x)")
print(eval("1 + 2 * 3"), eval("x + '!'"), eval("q * 2", {"q": 4}))
ns = {}
exec("def h(): return 'from exec'", ns)
print(ns["h"]())
