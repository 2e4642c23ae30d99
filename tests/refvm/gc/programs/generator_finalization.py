# An unfinished generator's finally runs when it dies (CPython) or at a
# collection (PyPy).
import gc


def counter(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


g = counter("dropped")
print(next(g))
g = None
print("after drop")
gc.collect()
print("after collect")


def use():
    h = counter("local")
    next(h)
    print("leaving use")


use()
print("after use")
gc.collect()
k = counter("closed")
next(k)
k.close()
print("after close")
gc.collect()
print("end")
