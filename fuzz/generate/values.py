"""Static types with value ranges: what the generator knows about every value.

Each variable is declared with a type that is an *invariant*: every
assignment to it is made to fit (ints are wrapped with `%`, strings and lists
are cut with a slice), so what the generator knows stays true whatever path
the program takes at run time.  That is the Csmith idea made simple: no
flow analysis, just ranges that are true by construction.
"""
from __future__ import annotations

from dataclasses import dataclass

BIG = 2 ** 64            # ints beyond this are "big" (longs on 2.7 engines)
HUGE = 2 ** 400          # never let an intermediate range grow past this


@dataclass(frozen=True)
class Int:
    lo: int
    hi: int

    kind = "int"

    def __post_init__(self):
        assert self.lo <= self.hi, (self.lo, self.hi)

    def within(self, other: "Int") -> bool:
        return other.lo <= self.lo and self.hi <= other.hi

    @property
    def nonzero(self) -> bool:
        return self.lo > 0 or self.hi < 0

    @property
    def magnitude(self) -> int:
        return max(abs(self.lo), abs(self.hi))


@dataclass(frozen=True)
class Bool:
    kind = "bool"


@dataclass(frozen=True)
class Float:
    """A dyadic float: value * 2**frac is an integer and |value| <= bound.

    Dyadic values with small numerators are exact in every IEEE double and
    print the same (shortest repr) on every engine, Jython included.
    """
    bound: int
    frac: int            # binary digits after the point

    kind = "float"


@dataclass(frozen=True)
class Str:
    maxlen: int

    kind = "str"


@dataclass(frozen=True)
class List:
    elem: Int
    maxlen: int

    kind = "list"


@dataclass(frozen=True)
class Dict:
    """str -> int, keys drawn from KEYS so the dict stays small."""
    val: Int

    kind = "dict"


@dataclass(frozen=True)
class Obj:
    cls: object          # a classes.ClassInfo

    kind = "obj"


KEYS = ("a", "b", "c", "d", "e")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
MAX_FLOAT_FRAC = 8
MAX_FLOAT_BOUND = 2 ** 20


def int_hull(*ranges: Int) -> Int:
    return Int(min(r.lo for r in ranges), max(r.hi for r in ranges))


def int_literal(v: int) -> str:
    return str(v) if v >= 0 else "(%d)" % v


def float_literal(num: int, frac: int) -> str:
    """num / 2**frac written so that every engine reads the same double."""
    v = num / (2 ** frac)
    text = repr(v)
    return text if v >= 0 else "(%s)" % text


def wrap_int(code: str, have: Int, want: Int) -> str:
    """Code whose value is `code`'s, forced into `want` (Python's % is floor-mod on 2 and 3)."""
    if have.within(want):
        return code
    m = want.hi - want.lo + 1
    if want.lo == 0:
        return "(%s %% %d)" % (code, m)
    if want.lo > 0:
        return "(%s %% %d + %d)" % (code, m, want.lo)
    return "(%s %% %d - %d)" % (code, m, -want.lo)
