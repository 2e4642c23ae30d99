"""Identity (implementation-defined, off by default): `is` where the language leaves it open.

Whether two equal ints, strings, floats or empty tuples computed at run time
are the same object is up to the engine (small-int caches, interning, PyPy's
value identity).  Operands are always names, never literals, so no engine
warns at compile time.
"""
from __future__ import annotations

from . import values as V
from .values import Int


def statement(g):
    if g.c.coin(15) and constant_loop(g):
        return True
    a, ra = g.expr("int", 1)
    x, y = g.fresh("ia"), g.fresh("ib")
    form = g.c.below(5)
    if form == 0:
        k = g.c.pick((Int(-5, 256), Int(257, 100000)))
        g.emit("%s = int('%%d' %% %s)" % (x, V.wrap_int(a, ra, k)))
        g.emit("%s = int('%%d' %% %s)" % (y, V.wrap_int(a, ra, k)))
    elif form == 1:
        g.emit("%s = 'ab' * (%s %% 3)" % (x, a))
        g.emit("%s = ''.join(['ab'] * (%s %% 3))" % (y, a))
    elif form == 2:
        g.emit("%s = float(%s %% 100)" % (x, a))
        g.emit("%s = float(%s %% 100)" % (y, a))
    elif form == 3:
        g.emit("%s = tuple([%s][:0])" % (x, a))
        g.emit("%s = tuple()" % y)
    else:
        g.emit("%s = str(%s %% 10)" % (x, a))
        g.emit("%s = str(%s %% 10)" % (y, a))
    g.emit("print(_fmt(%s is %s))" % (x, y))
    return True


def constant_loop(g):
    """Constants and values made at run time, in a loop a JIT compiles: a
    constant is the same object in every iteration, a value an operation
    makes (from a global a JIT may hold as a constant) a new one each time on
    CPython (the same one on PyPy, whose `is` on numbers is by value).
    Compared: the first iteration with the last (interpreted with compiled)
    and the last two.  refvm's JIT wrote float and str constants as literals
    of its own code, and folded `K * 2` of a global into one object, until
    2026-12-05."""
    trips = g.c.between(20, 80)
    cost = trips * 8
    if not g.affordable(cost):
        return False
    name = g.fresh("cl")
    k = name.upper()
    flt = V.float_literal(g.c.between(-400, 400) * 2 + 1, 1)
    text = "%s %d" % (g.c.pick(("a", "bc", "x y")), g.c.between(0, 99))
    big = g.c.between(257, 10 ** 6)
    with g.definition(budget=cost):
        for line in ("%s = %d" % (k, big),
                     "def %s(n):" % name,
                     "    out = []",
                     "    for i in range(n):",
                     "        out.append((%s, %r, %d, %s * 2, -%s, %s + 0.5, %s))"
                     % (flt, text, big, k, k, k, k),
                     "    first, before, last = out[0], out[-2], out[-1]",
                     "    return ([x is y for x, y in zip(first, last)],",
                     "            [x is y for x, y in zip(before, last)])"):
            g.out.line(line)
    g.emit("print(_fmt(%s(%d)))" % (name, trips), cost=cost)
    return True
