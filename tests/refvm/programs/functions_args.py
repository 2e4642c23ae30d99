def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))


print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 5, "z": 1}))


def posonly(a, b, /, c):
    return a + b + c


print(posonly(1, 2, c=3))


def kwonly(*, x=1, y):
    return x, y


print(kwonly(y=2))
for call in (lambda: f(), lambda: f(1, 2), lambda: posonly(1, b=2, c=3), lambda: kwonly(1),
             lambda: f(1, c=1, a=2), lambda: kwonly(y=1, z=2)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def outer():
    x = 1

    def inner():
        nonlocal x
        x += 1
        return x
    return inner


inc = outer()
print(inc(), inc(), inc())
counter = 0


def bump():
    global counter
    counter += 10


bump()
bump()
print(counter)


def deco(fn):
    def wrapper(*a, **k):
        return ("wrapped", fn(*a, **k))
    return wrapper


@deco
def g(x):
    return x * 2


print(g(21), (lambda *a, **k: (a, k))(1, b=2))
adders = [lambda v, i=i: v + i for i in range(3)]
print([a(10) for a in adders])


def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)


print(rec(20), f.__name__, g.__name__, rec.__qualname__)


def defaults(x=[]):
    x.append(1)
    return x


print(defaults(), defaults(), defaults([0]))
