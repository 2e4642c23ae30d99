"""Context managers: enter/exit order, the exception __exit__ sees, suppression.

An exception is raised inside a with block only when a manager around it
suppresses it, so nothing escapes.  contextlib-based managers appear in the
py3 dialect only (the 2.7 engines' stdlib coverage differs).
"""
from __future__ import annotations

from . import values as V
from .values import Int
from .scope import Var


def manager(g):
    name = g.memo.get("cm")
    if name is None:
        name = g.memo["cm"] = g.fresh("Ctx")
        with g.definition(budget=1):
            for line in ("class %s(object):" % name,
                         "    def __init__(self, tag, suppress):",
                         "        self.tag = tag",
                         "        self.suppress = suppress",
                         "    def __enter__(self):",
                         "        print('enter ' + self.tag)",
                         "        return len(self.tag)",
                         "    def __exit__(self, et, ev, tb):",
                         "        print('exit ' + self.tag + ' ' + (et.__name__ if et else '-'))",
                         "        return self.suppress"):
                g.out.line(line)
    return name


def with_statement(g):
    if not g.can_nest():
        return False
    cm = manager(g)
    n = g.c.between(1, 2)
    tags = ["".join(g.c.pick("abc") for _ in range(g.c.between(1, 3))) for _ in range(n)]
    sup = [g.c.coin(50) for _ in range(n)]
    names = [g.fresh("m") for _ in range(n)]
    header = "with %s:" % ", ".join("%s('%s', %s) as %s" % (cm, t, s, v) for t, s, v in zip(tags, sup, names))
    with g.block(header):
        for v, t in zip(names, tags):
            g.scope.add(Var(v, Int(len(t), len(t)), readonly=True))
        g.body(1, 2)
        if any(sup):
            cond, _ = g.expr("bool", 1)
            with g.block("if %s:" % cond):
                g.emit("raise ValueError(%d)" % g.c.between(0, 9))
    g.emit("print('after with')")
    return True


def generator_manager(g):
    if not g.d.yield_from:       # py3 only, see the module doc
        return with_statement(g)
    g.imports.add("contextlib")
    name = g.memo.get("gcm")
    if name is None:
        name = g.memo["gcm"] = g.fresh("managed")
        with g.definition(budget=1):
            for line in ("@contextlib.contextmanager",
                         "def %s(tag):" % name,
                         "    print('enter ' + tag)",
                         "    try:",
                         "        yield tag.upper()",
                         "    except KeyError as e:",
                         "        print('handled ' + _fmt(e.args))",
                         "    finally:",
                         "        print('exit ' + tag)"):
                g.out.line(line)
    v = g.fresh("m")
    with g.block("with %s('%s') as %s:" % (name, g.c.pick(("x", "yz", "q")), v)):
        if g.on("strings"):
            g.scope.add(Var(v, V.Str(2), readonly=True))
        g.body(1, 2)
        cond, _ = g.expr("bool", 1)
        with g.block("if %s:" % cond):
            g.emit("raise KeyError('k')")
    g.emit("print('after managed')")
    return True


def statement(g):
    return (with_statement if g.c.coin(70) else generator_manager)(g)
