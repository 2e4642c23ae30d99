"""Finalizers (implementation-defined, off by default): __del__ and weakref callbacks.

CPython runs them as soon as the last reference goes; PyPy, Jython and
Grumpy when their collector runs, or never; cycles wait for a collection
everywhere.  The program prints around each release so the timing shows.
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


def statement(g):
    fin = _fin_class(g)
    a, b = g.fresh("fa"), g.fresh("fb")
    form = g.c.below(3)
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
    else:
        cb = _callback(g)
        r = g.fresh("r")
        g.emit("%s = %s('%s')" % (a, fin, a))
        g.emit("%s = weakref.ref(%s, %s)" % (r, a, cb))
        g.emit("del %s" % a)
        g.emit("print(_fmt(%s() is None))" % r)
    return True
