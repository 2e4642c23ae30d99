# ---
# features: [builtins, dispatch]
# dialect: py3
# description: what a special method returns that the interpreter needs as a C integer (len(), hash(), operator.index(), range() of an __index__) becomes a plain int, even when the method gave a bool or an int subclass; only the value counts
# ---
import operator
import warnings

warnings.simplefilter("ignore")     # (an int subclass from __index__ is deprecated: 3.11 warns)


class MyInt(int):
    pass


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __hash__(self):
        return self.n

    def __index__(self):
        return self.n


for n in (True, False, MyInt(3), 7):
    o = Sized(n)
    results = [len(o), hash(o), operator.index(o), range(o).stop, [10, 20, 30, 40, 50, 60, 70, 80][o]]
    print(repr(n), [(type(r).__name__, r) for r in results])
