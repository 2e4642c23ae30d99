# Generators resumed many times: compiled generator steps (resumption to the
# next yield) must keep send/throw/close, exceptions, finalizers and frame
# state exactly as the interpreter has them.
import gc
import sys


def squares(n):
    for i in range(n):
        if i % 3:
            yield i * i


print(sum(squares(3000)), sum(x for x in squares(600) if x % 2))


def accumulator():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            total = -e.args[0]
            continue
        if v is None:
            break
        total += v
    yield "done"


a = accumulator()
next(a)
out = []
for i in range(200):
    if i % 37 == 36:
        out.append(a.throw(ValueError(i)))
    else:
        out.append(a.send(i))
print(out[:5], out[35:40], out[-3:], a.send(None))


def guarded(n):
    try:
        for i in range(n):
            with Ctx(i):
                yield i
    finally:
        print("guarded finally")


class Ctx(object):
    def __init__(self, i):
        self.i = i

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if exc[0] is not None:
            print("exit with", exc[0].__name__, self.i)
        return False


g = guarded(1000)
for i in range(300):
    next(g)
g.close()
print(sys.getrecursionlimit() > 0)


def raiser(n):
    for i in range(n):
        if i == n - 1:
            raise KeyError(i)
        yield {"i": i}


try:
    for d in raiser(400):
        pass
except KeyError as e:
    print("KeyError", e)


class Noisy(object):
    def __init__(self, i):
        self.i = i

    def __del__(self):
        if self.i % 100 == 0:
            print("del", self.i)


def noisy(n):
    for i in range(n):
        yield Noisy(i)


for x in noisy(350):
    pass
del x
gc.collect()


def nested(depth, n):
    if depth == 0:
        for i in range(n):
            yield i
        return
    for v in nested(depth - 1, n):
        yield v + depth


print(sum(nested(4, 300)), list(nested(2, 3)))


def early_return(n):
    for i in range(n):
        if i == n // 2:
            return
        yield i


print(len(list(early_return(500))))
gen = squares(10 ** 6)
for _ in range(100):
    next(gen)
print(gen.gi_frame.f_lineno, gen.gi_running)
