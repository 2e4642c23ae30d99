"""Finalizers (implementation-defined, off by default): __del__ and weakref callbacks.

CPython runs them as soon as the last reference goes; PyPy, Jython and
Grumpy when their collector runs, or never; cycles wait for a collection
everywhere.  The program prints around each release so the timing shows.

The fourth form is a loop shaped for JITs: many locals read every iteration
and a rare path that replaces a finalizable object the loop also reads.  A
tracing JIT compiles the rare path as a bridge that starts from all those
values; refvm's bridges once kept such an object alive until the bridge
returned (a host call convention past 30 arguments), which the other forms,
with a handful of live values, never showed.
"""
from __future__ import annotations


def _fin_class(g):
    name = g.memo.get("fin")
    if name is None:
        name = g.memo["fin"] = g.fresh("Fin")
        with g.definition(budget=1):
            for line in ("class %s(object):" % name,
                         "    def __init__(self, tag):",
                         "        self.tag = tag",
                         "        self.other = None",
                         "    def __del__(self):",
                         "        print('del ' + self.tag)"):
                g.out.line(line)
    return name


def _callback(g):
    name = g.memo.get("weakcb")
    if name is None:
        name = g.memo["weakcb"] = g.fresh("gone")
        g.imports.add("weakref")
        with g.definition(budget=1):
            g.out.line("def %s(ref):" % name)
            g.out.line("    print('weakref callback')")
    return name


def _wide_loop(g, fin):
    """A function whose loop reads many locals and, every few iterations,
    replaces the finalizable object it reads; called once here."""
    width = g.c.between(8, 40)
    trips = g.c.between(40, 120)
    every = g.c.between(5, 13)
    if not g.affordable(trips * 3):
        return False
    name = g.fresh("wide")
    ws = ["w%d" % i for i in range(width)]
    with g.definition(budget=trips * 3):
        out = g.out
        out.line("def %s(n):" % name)
        out.line("    %s = %s" % (", ".join(ws), ", ".join(str(g.c.below(9)) for _ in ws)))
        out.line("    x = %s('%s.start')" % (fin, name))
        out.line("    t = 0")
        out.line("    for i in range(n):")
        out.line("        t += len(x.tag) * 0 + %s" % " + ".join(ws))
        out.line("        if i %% %d == %d:" % (every, every - 1))
        out.line("            x = %s('%s.' + str(i))" % (fin, name))
        out.line("            print('made ' + str(i))")
        out.line("    x = None")
        out.line("    return t")
    g.emit("print(_fmt(%s(%d)))" % (name, trips), cost=trips * 3)
    return True


def statement(g):
    fin = _fin_class(g)
    a, b = g.fresh("fa"), g.fresh("fb")
    form = g.c.below(4)
    if form == 3:
        return _wide_loop(g, fin)
    if form == 0:
        g.emit("%s = %s('%s')" % (a, fin, a))
        g.emit("del %s" % a)
        g.emit("print('after del %s')" % a)
    elif form == 1:
        g.emit("%s = %s('%s')" % (a, fin, a))
        g.emit("%s = %s('%s')" % (b, fin, b))
        g.emit("%s.other = %s" % (a, b))
        g.emit("%s.other = %s" % (b, a))
        g.emit("del %s, %s" % (a, b))
        if g.c.coin(50):
            g.imports.add("gc")
            g.emit("gc.collect()")
        g.emit("print('after cycle %s')" % a)
    elif form == 2:
        cb = _callback(g)
        r = g.fresh("r")
        g.emit("%s = %s('%s')" % (a, fin, a))
        g.emit("%s = weakref.ref(%s, %s)" % (r, a, cb))
        g.emit("del %s" % a)
        g.emit("print(_fmt(%s() is None))" % r)
    return True
