# Constructors inlined into traces (the instance allocated by the trace, __init__
# a virtual frame that returns it) and math functions called directly: the
# class changed mid-loop, __init__ returning a value or raising, finalizers of
# instances made in a loop, math errors inside a trace.
import math


class P(object):
    def __init__(self, x, y):
        self.x = x
        self.y = math.sqrt(x * x + y)

    def norm(self):
        return math.hypot(self.x, self.y)


out = []
for i in range(80):
    if i == 30:
        def init2(self, x, y):
            self.x = -x
            self.y = y
        P.__init__ = init2
    if i == 50:
        def new(cls, *a):
            o = object.__new__(cls)
            o.tag = "new"
            return o
        P.__new__ = staticmethod(new)
    if i == 60:
        del P.__init__
        P.__init__ = lambda self, x, y: setattr(self, "x", x)
    try:
        p = P(i, 3)
        out.append((p.x, getattr(p, "tag", None)))
    except Exception as e:
        out.append(type(e).__name__)
print(out[:2], out[29:32], out[49:52], out[59:62], out[-1])


class Bad(object):
    def __init__(self, i, n):
        self.i = i
        if i == n == 70:
            raise KeyError(i)
        if i == n == 77:
            return i


for n in (70, 77):
    try:
        for i in range(n + 5):
            b = Bad(i, n)
        print("no error", b.i)
    except KeyError as e:
        print("KeyError", e, b.i)
    except TypeError as e:
        print("TypeError", e, b.i)

died = []


class Mortal(object):
    def __init__(self, i):
        self.i = i

    def __del__(self):
        died.append(self.i)


for i in range(40):
    m = Mortal(i)
    died.append(-i)
print(died[:6], died[-4:], len(died))

vals = []
for i in range(60):
    x = 1.0 - i / 20.0
    try:
        vals.append(round(math.sqrt(x) + math.log(i + 1) + math.floor(x * 3), 6))
    except ValueError as e:
        vals.append(str(e))
print(vals[18:23], vals[-1])
try:
    for i in range(100):
        v = math.exp(i * 10)
except OverflowError as e:
    print("OverflowError", e, i)
print(math.sqrt(True), [math.floor(t / 3) for t in range(-3, 3)])


class Boom(object):
    def __init__(self, i):
        self.r = 1 // (i - 25)      # uncaught: the traceback goes through __init__


for i in range(30):
    Boom(i)
