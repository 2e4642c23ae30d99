"""The match statement (PEP 634: refvm compiled none until 2026-12-05, so
dataclasses, which uses one, reported unsupported), dataclasses, and
inspect.signature, which dataclasses needs."""
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
for src in ["match x:\n    case a:\n        pass\n    case b:\n        pass\n", "match x:\n    case [a, a]:\n        pass\n", "match x:\n    case a | [b]:\n        pass\n"]:
    try:
        compile(src, "<m>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno)
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    def norm(self):
        return abs(self.x) + abs(self.y)
p = P(1, 2)
print(p, p == P(1, 2), p.norm(), asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(P)])
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "z"
f1, f2 = F(1), F(2, "a")
print(f1 < f2, sorted([f2, f1]), hash(f1) == hash(F(1)))
try:
    f1.a = 3
except FrozenInstanceError as e:
    print("frozen", e)
@dataclass(slots=True)
class S:
    v: int
print(S(3), hasattr(S(3), "__dict__"), S.__slots__)
import inspect
def g(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> list[int]:
    pass
print(inspect.signature(g), P.__doc__, inspect.signature(F))
