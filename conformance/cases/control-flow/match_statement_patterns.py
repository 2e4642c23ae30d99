# ---
# features: [control-flow, classes]
# dialect: py3
# description: the match statement (PEP 634) with literal, singleton, capture, wildcard, or, as, class (positional through __match_args__ and the builtins that match themselves, keyword), sequence (star) and mapping (rest) patterns and guards; a class pattern with more positional sub-patterns than __match_args__ is a TypeError
# ---
import collections
def describe(x):
    match x:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1 as n:
            return "small %d" % n
        case int(n) if n < 0:
            return "negative %d" % n
        case str(s):
            return "str " + s
        case [a, b]:
            return "pair %r %r" % (a, b)
        case [first, *rest]:
            return "seq %r %r" % (first, rest)
        case {"k": v, **others}:
            return "map %r %r" % (v, others)
        case {}:
            return "other map"
        case Point(x=0, y=yy):
            return "on y axis %r" % yy
        case Point(xx, yy):
            return "point %r %r" % (xx, yy)
        case _:
            return "other %r" % (x,)
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
for v in [None, True, 0, 1, -5, 7, "hi", [1, 2], (3, 4, 5), [], {"k": 1, "j": 2}, {"a": 1}, Point(0, 3), Point(1, 2), 2.5, b"xy", collections.OrderedDict(k=2), range(3)]:
    print(describe(v))
def f(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return d
        case ["drop", *items] if items:
            return items
        case _:
            return None
print(f("go north"), f("drop a b"), f("drop"), f("x"))
try:
    match 5:
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)
