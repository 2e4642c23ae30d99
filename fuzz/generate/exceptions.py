"""Exceptions: raised only where the generator means it, always caught, and named in the output.

Scenarios: a try statement whose body may raise from a custom hierarchy
(except clauses in the right order, else, finally); a builtin error made on
purpose (ZeroDivisionError, IndexError, KeyError, ValueError, TypeError,
AttributeError) caught by its class or a base; `finally` that returns or
breaks, swallowing the exception; a bare re-raise; chaining with `from`
(py3); an exception crossing a function call.  Only the type name and the
args are printed: messages differ between engines.
"""
from __future__ import annotations

from . import values as V
from .values import Int

W = Int(-1000, 1000)


def hierarchy(g):
    """E1 <- E2 <- E4, E1 <- E3; written once per program."""
    names = g.memo.get("exc")
    if names is None:
        e = [g.fresh("E") for _ in range(4)]
        with g.definition(budget=1):
            g.out.line("class %s(Exception):" % e[0])
            g.out.line("    pass")
            g.out.line("")
            g.out.line("")
            for child, parent in ((e[1], e[0]), (e[2], e[0]), (e[3], e[1])):
                g.out.line("class %s(%s):" % (child, parent))
                g.out.line("    pass")
                g.out.line("")
                g.out.line("")
        names = g.memo["exc"] = e
    return names


def _int(g, depth=1):
    a, ra = g.expr("int", depth)
    return V.wrap_int(a, ra, W)


def try_raise(g):
    if not g.can_nest():
        return False
    e = hierarchy(g)
    with g.block("try:"):
        g.body(0, 2)
        cond, _ = g.expr("bool", 1)
        with g.block("if %s:" % cond):
            g.emit("raise %s(%s)" % (g.c.pick(e), _int(g)))
        g.emit("print('no raise')")
    with g.block("except %s as e:" % e[3]):
        g.emit("print('%s ' + _fmt(e.args))" % e[3])
    with g.block("except (%s, %s) as e:" % (e[1], e[2])):
        g.emit("print(type(e).__name__ + ' ' + _fmt(e.args))")
    with g.block("except %s:" % e[0]):
        g.emit("print('%s')" % e[0])
    if g.c.coin(40):
        with g.block("else:"):
            g.emit("print('else')")
    if g.c.coin(50):
        with g.block("finally:"):
            g.emit("print('finally')")
    return True


def builtin_error(g):
    n = g.c.below(6)
    a = _int(g)
    if n == 0:
        body, caught = "print(_fmt(%s // (%s - %s)))" % (a, a, a), g.c.pick(("ZeroDivisionError", "ArithmeticError"))
    elif n == 1:
        body, caught = "print(_fmt([1, 2, 3][%s %% 10 + 3]))" % a, g.c.pick(("IndexError", "LookupError"))
    elif n == 2:
        body, caught = "print(_fmt({'a': 1}['z%%d' %% %s]))" % a, g.c.pick(("KeyError", "LookupError"))
    elif n == 3:
        body, caught = "print(_fmt(int('x%%d' %% %s)))" % a, "ValueError"
    elif n == 4:
        body, caught = "print(_fmt(len(%s)))" % a, "TypeError"
    else:
        body, caught = "print(_fmt((%s).nope))" % a, "AttributeError"
    with g.block("try:"):
        g.emit(body)
    with g.block("except %s as e:" % caught):
        g.emit("print('caught ' + type(e).__name__)")
    return True


def finally_return(g):
    e = hierarchy(g)
    name = g.memo.get("finret")
    if name is None:
        name = g.memo["finret"] = g.fresh("fin")
        with g.definition(budget=4):
            for line in ("def %s(x):" % name,
                         "    try:",
                         "        if x % 3 == 0:",
                         "            raise %s(x)" % e[2],
                         "        return x",
                         "    finally:",
                         "        print('finally %d' % x)",
                         "        if x % 2 == 0:",
                         "            return -x"):
                g.out.line(line)
    with g.block("try:"):
        g.emit("print(_fmt(%s(%s)))" % (name, _int(g)))
    with g.block("except %s as e:" % e[0]):
        g.emit("print('escaped ' + _fmt(e.args))")
    g.charge(4)
    return True


def finally_break(g):
    e = hierarchy(g)
    i = g.fresh("i")
    n, k = g.c.between(1, 4), g.c.between(0, 4)
    with g.block("for %s in range(%d):" % (i, n), trips=n, loop=True):
        with g.block("try:"):
            with g.block("if %s == %d:" % (i, k)):
                g.emit("raise %s(%s)" % (e[1], i))
            g.emit("print('step %%d' %% %s)" % i)
        with g.block("finally:"):
            with g.block("if %s == %d:" % (i, k)):
                g.emit("break")
    return True


def reraise(g):
    e = hierarchy(g)
    with g.block("try:"):
        with g.block("try:"):
            g.emit("raise %s(%s)" % (e[3], _int(g)))
        with g.block("except %s as e:" % e[1]):
            g.emit("print('inner ' + type(e).__name__)")
            g.emit("raise")
    with g.block("except %s as e:" % e[0]):
        g.emit("print('outer ' + type(e).__name__ + ' ' + _fmt(e.args))")
    return True


def chaining(g):
    if not g.d.chaining:
        return reraise(g)
    e = hierarchy(g)
    how = g.c.pick((" from e", "", " from None"))
    with g.block("try:"):
        with g.block("try:"):
            g.emit("raise %s(%s)" % (e[1], _int(g)))
        with g.block("except %s as e:" % e[1]):
            g.emit("raise %s(%s)%s" % (e[2], _int(g), how))
    with g.block("except %s as e:" % e[2]):
        g.emit("print(_fmt([type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__]))")
    return True


def through_call(g):
    e = hierarchy(g)
    name = g.memo.get("raiser")
    if name is None:
        name = g.memo["raiser"] = g.fresh("check")
        k = g.c.between(-50, 50)
        with g.definition(budget=3):
            g.out.line("def %s(x):" % name)
            g.out.line("    if x > %d:" % k)
            g.out.line("        raise %s(x)" % e[3])
            g.out.line("    return x")
    with g.block("try:"):
        g.emit("print(_fmt(%s(%s)))" % (name, _int(g)))
    with g.block("except %s as e:" % e[1]):
        g.emit("print('%s ' + _fmt(e.args))" % e[1])
    return True


SCENARIOS = {"try": try_raise, "builtin": builtin_error, "finally_return": finally_return,
             "finally_break": finally_break, "reraise": reraise, "chaining": chaining, "call": through_call}


def statement(g):
    return SCENARIOS[g.c.weighted([(4, "try"), (3, "builtin"), (1, "finally_return"), (1, "finally_break"),
                                   (1, "reraise"), (1, "chaining"), (2, "call")])](g)
