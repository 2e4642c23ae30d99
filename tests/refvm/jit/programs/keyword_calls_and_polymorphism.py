# Keyword calls inlined into traces, defaults rebound mid-loop, missing
# arguments, and guards inside inlined calls that get bridges.


def kw(a, b=1, *, c=2, d=7):
    return a * 100 + b * 10 + c + d


out = []
for i in range(60):
    if i == 20:
        kw.__defaults__ = (4,)
    if i == 30:
        kw.__kwdefaults__ = {"c": 0, "d": 1}
    if i == 40:
        kw.__defaults__ = None
    try:
        out.append(kw(i, c=i % 3))
    except TypeError as e:
        out.append(str(e))
print(out[:3], out[19:23], out[29:33], out[39:43])

try:
    for i in range(50):
        kw.__kwdefaults__ = {"c": 0} if i == 25 else {"c": 0, "d": 1}
        kw(i, 2)
except TypeError as e:
    print("TypeError", e)


class Even(object):
    def go(self, i):
        if i % 4 == 0:
            raise ValueError(i) if i == 96 else KeyError(i)
        return i if i % 3 else -i


class Odd(Even):
    def go(self, i):
        return [i] if i % 5 else (i,)


objs = [Even(), Odd(), Even(), Even()]
acc = []
for i in range(200):
    try:
        acc.append(objs[i % 4].go(i))
    except KeyError as e:
        acc.append(("K", e.args[0]))
    except ValueError as e:
        acc.append(("V", e.args[0]))
        break
print(len(acc), acc[:6], acc[-4:])


def deep(x, n):
    if n == 0:
        return x + 1 if x % 7 else x - 1
    return deep(x, n - 1) * 1


total = 0
for i in range(300):
    total += deep(i, i % 6)
print(total)

# str % x compiled to the host's formatting; a failing format leaves the
# trace and the interpreter raises its own error
fmts = ["%s-%d"[:2]] * 40 + ["%d"] + ["%x"] * 5
vals = []
for i, fm in enumerate(fmts):
    arg = "s%d" % i if i % 2 else str(i)
    try:
        vals.append(fm % arg)
    except TypeError as e:
        vals.append("TypeError: %s" % e)
print(vals[:3], vals[39:])


class Mod(object):
    def __init__(self, k):
        from math import sqrt
        self.k = sqrt(k) + len("%d" % k)


print(sum(Mod(i).k for i in range(100)))
