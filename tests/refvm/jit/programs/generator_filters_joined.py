# Generators whose step splits at a test (a filter that passes every other
# value or so): the bridge of the test's other side is joined into the step's
# code (hotloop.Jit.join_step), the steps that spliced the step are compiled
# again, and a drain already running (sum, list, set) leaves for the new code.
# Finalizers tell when values die on the joined side; exceptions, close(),
# send() and nesting run through it too.


class D(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(n):
    for i in range(n):
        if i % 3:
            yield i * i


def pipeline(n):
    return sum(x for x in gen(n) if x % 2)


print(pipeline(20000))
print(len(list(x for x in gen(9000) if x % 4 == 1)))
print(sorted(set(x % 17 for x in gen(6000) if x % 5 != 3))[:5])


def odd_even(n):
    for i in range(n):
        if i % 2:
            yield ("odd", i)
        else:
            yield ("even", -i)


t = 0
for kind, v in odd_even(12000):
    t += v if kind == "odd" else 2 * v
print(t)


def with_finalizers(n):
    # the joined side makes an object that dies in it, the main side keeps one
    for i in range(n):
        if i % 2:
            d = D("odd %d" % i) if i % 997 == 1 else None
            yield i
            d = None
        else:
            yield -i


print(sum(with_finalizers(4000)))


def raising(n, bad):
    for i in range(n):
        if i % 3 == 1:
            yield 100 // (i - bad)
        else:
            yield i


try:
    print(sum(raising(5000, 3001)))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def closed_early(n):
    try:
        for i in range(n):
            if i % 2:
                yield i
            else:
                yield -i
    finally:
        print("closed at", i)


g = closed_early(100000)
s = 0
for v in g:
    s += v
    if v > 3000:
        break
g.close()
print(s)


def echo(n):
    total = 0
    for i in range(n):
        if i % 2:
            got = yield i
        else:
            got = yield -i
        total += got or 0
    print("echo total", total)


e = echo(3000)
next(e)
try:
    while True:
        e.send(2)
except StopIteration:
    pass


def inner(n):
    for i in range(n):
        if i % 4:
            yield i


def outer(n):
    for v in inner(n):
        if v % 3:
            yield v * 2
        else:
            yield -v


print(sum(outer(16000)), max(outer(3000)))
