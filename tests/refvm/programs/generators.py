def count(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i = got
        else:
            i += 1
    return "end"


g = count(5)
print(next(g), next(g), g.send(3), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def delegate():
    r = yield from count(3)
    print("delegated result", r)
    yield "last"


print(list(delegate()))


def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closed")


c = closing()
print(next(c))
c.close()


def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("got", e)
            yield "handled"


t = thrower()
next(t)
print(t.throw(ValueError("boom")))
gen = (x * x for x in range(5) if x % 2)
print(list(gen), list(gen))
print(sum(x for x in range(100)), max(len(w) for w in ["a", "abc", "ab"]))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


def stopper():
    yield 1
    raise StopIteration


try:
    list(stopper())
except RuntimeError as e:
    print("RuntimeError", e)
import itertools
print(list(itertools.islice(fib(), 5, 8)), list(itertools.chain([1], (2, 3))))
print(list(zip(count(3), "abc")), dict(enumerate(count(2))))
