# An unfinished generator that is dropped: CPython closes it at once (running its
# finally block); PyPy closes it at some later collection.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed")


g = gen()
print(next(g))
del g
print("after del")
