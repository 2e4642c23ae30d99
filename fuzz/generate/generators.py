"""Generators: iteration, send, throw, close, yield from (py3), generator state.

Every generator that has a `finally` or handles GeneratorExit is exhausted
or closed explicitly: a generator left suspended would run its cleanup
whenever the collector gets to it, which is finalizer timing, not this
family's business.
"""
from __future__ import annotations

from . import values as V
from .values import Int
from .scope import Var

W = Int(-1000, 1000)


def _int(g, lo, hi, depth=1):
    a, ra = g.expr("int", depth)
    return V.wrap_int(a, ra, Int(lo, hi))


def _simple(g):
    """def genN(n): for i in range(n): yield <expr of i>   (a new one each time: typed bodies vary)"""
    name, n, i = g.fresh("gen"), g.fresh("n"), g.fresh("i")
    with g.definition(budget=30) as cost:
        with g.block("def %s(%s):" % (name, n), kind="function"):
            with g.block("for %s in range(%s):" % (i, n), trips=6, loop=True):
                g.scope.add(Var(i, Int(0, 5), readonly=True))
                code, rc = g.expr("int", 2)
                g.emit("yield %s" % V.wrap_int(code, rc, W))
    g.use("generators")
    return name, cost.used


def iterate(g):
    name, cost = _simple(g)
    k = _int(g, 0, 6)
    g.charge(cost)
    form = g.c.below(4)
    if form == 0:
        g.emit("print(_fmt(list(%s(%s))))" % (name, k))
    elif form == 1:
        g.emit("print(_fmt(sum(%s(%s))))" % (name, k))
    elif form == 2:
        it = g.fresh("it")
        g.emit("%s = %s(%s)" % (it, name, k))
        g.emit("print(_fmt([next(%s, -1), next(%s, -2), list(%s), next(%s, -3)]))" % (it, it, it, it))
    else:
        x = g.fresh("x")
        with g.block("for %s in %s(%s):" % (x, name, k), trips=6, loop=True):
            g.scope.add(Var(x, W, readonly=True))
            g.body(1, 2)
    return True


def send(g):
    name = g.memo.get("acc_gen")
    if name is None:
        name = g.memo["acc_gen"] = g.fresh("running")
        with g.definition(budget=3):
            for line in ("def %s(start):" % name,
                         "    total = start",
                         "    while True:",
                         "        x = yield total",
                         "        if x is None:",
                         "            x = 1",
                         "        total = %s" % V.wrap_int("(total + x)", Int(-2000, 2000), W)):
                g.out.line(line)
    it = g.fresh("it")
    g.emit("%s = %s(%s)" % (it, name, _int(g, -1000, 1000)))
    g.emit("print(_fmt([next(%s), %s.send(%s), next(%s), %s.send(%s)]))"
           % (it, it, _int(g, -1000, 1000), it, it, _int(g, -1000, 1000)))
    g.emit("%s.close()" % it)
    g.use("generators")
    return True


def throw(g):
    name = g.memo.get("catcher")
    if name is None:
        name = g.memo["catcher"] = g.fresh("catcher")
        with g.definition(budget=3):
            for line in ("def %s():" % name,
                         "    n = 0",
                         "    while True:",
                         "        try:",
                         "            yield n",
                         "        except ValueError as e:",
                         "            n = n + 10 + e.args[0]",
                         "        except GeneratorExit:",
                         "            print('closing at %d' % n)",
                         "            raise"):
                g.out.line(line)
    it = g.fresh("it")
    g.emit("%s = %s()" % (it, name))
    g.emit("print(_fmt([next(%s), %s.throw(ValueError(%s)), next(%s)]))" % (it, it, _int(g, 0, 99), it))
    g.emit("%s.close()" % it)
    g.use("generators")
    return True


def close(g):
    name = g.memo.get("closer")
    if name is None:
        name = g.memo["closer"] = g.fresh("closer")
        with g.definition(budget=3):
            for line in ("def %s(n):" % name,
                         "    try:",
                         "        for i in range(n):",
                         "            yield i",
                         "    finally:",
                         "        print('closer finally')"):
                g.out.line(line)
    it = g.fresh("it")
    g.emit("%s = %s(%s)" % (it, name, _int(g, 2, 6)))
    g.emit("print(_fmt([next(%s), next(%s)]))" % (it, it))
    g.emit("%s.close()" % it)
    g.emit("print(_fmt(next(%s, 'done')))" % it)
    g.use("generators")
    return True


def delegate(g):
    if not g.d.yield_from:
        return iterate(g)
    inner, cost = _simple(g)
    outer = g.fresh("outer")
    with g.definition(budget=3):
        g.out.line("def %s(n):" % outer)
        g.out.line("    r = yield from %s(n)" % inner)
        g.out.line("    yield -1 if r is None else r")
        g.out.line("    yield from range(n)")
    g.charge(cost + 6)
    g.emit("print(_fmt(list(%s(%s))))" % (outer, _int(g, 0, 5)))
    return True


def gen_return(g):
    if not g.d.gen_return:
        return send(g)
    name = g.fresh("ret")
    with g.definition(budget=2):
        g.out.line("def %s(n):" % name)
        g.out.line("    yield n")
        g.out.line("    return n * 2")
    it = g.fresh("it")
    g.emit("%s = %s(%s)" % (it, name, _int(g, -99, 99)))
    g.emit("print(_fmt(next(%s)))" % it)
    with g.block("try:"):
        g.emit("next(%s)" % it)
    with g.block("except StopIteration as e:"):
        g.emit("print('stop ' + _fmt(e.value))")
    g.use("generators")
    return True


SCENARIOS = {"iterate": iterate, "send": send, "throw": throw, "close": close, "delegate": delegate,
             "return": gen_return}


def statement(g):
    return SCENARIOS[g.c.weighted([(5, "iterate"), (2, "send"), (2, "throw"), (2, "close"), (2, "delegate"),
                                   (1, "return")])](g)
