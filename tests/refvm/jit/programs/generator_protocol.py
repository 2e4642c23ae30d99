# The generator protocol around compiled steps: a trace's FOR_ITER and builtins
# (sum, list, set) resume generators through the JIT's short path; everything
# unusual must still behave as _resume does: exceptions from the generator,
# StopIteration raised inside it, re-entry, exception state inside it, close(),
# throw(), send(), and a thread started from inside a step.
import sys
import threading


def squares(n, bad=-1):
    for i in range(n):
        if i == bad:
            raise KeyError(i)
        yield i * i


print(sum(squares(500)), len(set(x % 7 for x in squares(400))))
try:
    total = 0
    for v in squares(300, bad=250):
        total += v
except KeyError as e:
    print("KeyError", e, total)


def leaks_stop(n):
    for i in range(n):
        if i == n - 1:
            raise StopIteration("inside")
        yield i


try:
    print(sum(leaks_stop(80)))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def reenter():
    for i in range(100):
        if i == 90:
            try:
                next(me)
            except ValueError as e:
                yield str(e)
                continue
        yield i


me = reenter()
print(list(me)[88:92])


def handles():
    for i in range(120):
        try:
            if i % 40 == 39:
                raise ValueError(i)
            yield i
        except ValueError:
            yield ("caught", i, sys.exc_info()[0].__name__)


out = []
try:
    raise TypeError("outer")
except TypeError:
    for v in handles():
        out.append(v)
    print(sys.exc_info()[0].__name__)
print(out[38:41], len(out))

g = squares(1000)
acc = 0
for v in g:
    acc += v
    if v > 40000:
        g.close()
print(acc, list(g))

g = squares(1000)
for i, v in enumerate(g):
    if i == 150:
        try:
            g.throw(IndexError("thrown"))
        except IndexError as e:
            print("thrown back", e)
        break


def echo():
    got = None
    for i in range(200):
        got = yield (i, got)


e = echo()
next(e)
print([e.send(k) for k in range(150)][-2:])

started = []


def spawner(n):
    for i in range(n):
        if i == 120:
            t = threading.Thread(target=lambda: started.append("thread"))
            t.start()
            t.join()
        yield i


print(sum(spawner(300)), started)
