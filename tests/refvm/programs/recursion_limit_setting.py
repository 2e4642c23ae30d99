# sys.setrecursionlimit refuses a limit at or below the current depth, which
# CPython 3.11 counts with the evaluation loop's own entry (2 at module level,
# one more per call); how deep a recursion then goes is the same.
import sys


def attempt(n):
    try:
        sys.setrecursionlimit(n)
        return "set %d" % n
    except RecursionError as e:
        return str(e)


print(attempt(2))
print(attempt(3))


def inner(n):
    return attempt(n)


def outer(n):
    return inner(n)


print(outer(4))
print(outer(5))
sys.setrecursionlimit(100)


def rec(k):
    return 0 if k == 0 else 1 + rec(k - 1)


for lim in (6, 9, 20):
    sys.setrecursionlimit(lim)
    n = 0
    while True:
        try:
            rec(n)
        except RecursionError:
            break
        n += 1
    sys.setrecursionlimit(100)
    print(lim, n)
print(sys.getrecursionlimit())
