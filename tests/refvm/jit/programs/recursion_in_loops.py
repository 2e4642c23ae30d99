# Recursion near the limit from inside traced loops, and __init__ results.
import sys


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


out = []
for i in range(0, 2000, 97):
    try:
        out.append(depth(i))
    except RecursionError:
        out.append("deep")
print(out)


class Bad(object):
    def __init__(self, i):
        self.i = i
        if i == 5:
            return 1


made = []
try:
    for i in range(10):
        made.append(Bad(i).i)
except TypeError as e:
    print("TypeError", e)
print(made)
sys.setrecursionlimit(200)
r = []
for i in range(150, 260, 10):
    try:
        r.append(depth(i))
    except RecursionError:
        r.append(-1)
print(r)
