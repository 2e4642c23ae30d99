# ---
# features: [int, dispatch]
# dialect: py3
# description: int(x) of an object with only __trunc__ takes its result if it is an int, or its __index__, and refuses anything else (a float from __trunc__ is a TypeError, not truncated again); math.trunc(x) returns __trunc__'s result as it is
# ---
import math
import warnings

warnings.simplefilter("ignore")     # (int() delegating to __trunc__ is deprecated in 3.11)


class Index:
    def __index__(self):
        return 42


class T:
    def __init__(self, r):
        self.r = r

    def __trunc__(self):
        return self.r


for r in (5, True, 2.5, Index(), "7", None):
    try:
        v = int(T(r))
        print("int", type(r).__name__, type(v).__name__, v)
    except TypeError:
        print("int", type(r).__name__, "TypeError")
    v = math.trunc(T(r))
    print("trunc", type(r).__name__, type(v).__name__)
