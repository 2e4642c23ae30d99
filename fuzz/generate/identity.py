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
