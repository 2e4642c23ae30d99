def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)


print(list(tree(4)))


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise


e = echo()
next(e)
e.send("a")
e.send("b")
e.close()
print(e.close())


def g_return():
    yield 1
    return 99


def outer():
    r = yield from g_return()
    yield r * 2


print(list(outer()))


def thrower():
    try:
        yield 1
    except ValueError:
        yield "recovered"
    yield "after"


t = thrower()
print(next(t), t.throw(ValueError), next(t))
try:
    t.throw(KeyError("k"))
except KeyError as err:
    print("propagated", err)


def delegating():
    try:
        yield from thrower()
    finally:
        print("delegating finally")


d = delegating()
print(next(d), d.throw(ValueError), next(d))
d.close()
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
try:
    next(gen)
except StopIteration:
    print("exhausted")


def running():
    yield gr.gi_running


gr = running()
print(next(gr))
squares = map(lambda x: x * x, filter(lambda x: x % 2, range(10)))
print(list(squares), list(zip(*[(1, "a"), (2, "b")])), list(enumerate(reversed("abc"))))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
print(list(iter(lambda c=iter(range(5)): next(c), 3)))
