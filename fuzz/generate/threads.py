"""Threads (implementation-defined, off by default).

`locked`: workers add under a lock, or each fills its own slot: the result
is defined whatever the schedule.  `racy`: an unlocked read-modify-write on
a shared counter: lost updates are allowed, so the printed total may differ
between engines (GIL vs no GIL) and between runs.  Threads never print.
"""
from __future__ import annotations

from . import values as V
from .values import Int


def _worker(g, locked):
    key = "worker_locked" if locked else "worker_racy"
    name = g.memo.get(key)
    if name is None:
        name = g.memo[key] = g.fresh("work")
        g.imports.add("threading")
        with g.definition(budget=1):
            g.out.line("def %s(box, lock, n, k):" % name)
            g.out.line("    for i in range(n):")
            if locked:
                g.out.line("        with lock:")
                g.out.line("            box[0] = box[0] + k")
            else:
                g.out.line("        v = box[0]")
                g.out.line("        box[0] = v + k")
    return name


def statement(g):
    if not g.affordable(200):
        return False
    locked = g.c.coin(60)
    work = _worker(g, locked)
    box, lock, ts, t = g.fresh("box"), g.fresh("lock"), g.fresh("ts"), g.fresh("t")
    m, n = g.c.between(2, 4), g.c.pick((10, 100, 1000))
    a, ra = g.expr("int", 1)
    g.emit("%s = [0]" % box)
    g.emit("%s = threading.Lock()" % lock)
    g.emit("%s = [threading.Thread(target=%s, args=(%s, %s, %d, %s)) for _ in range(%d)]"
           % (ts, work, box, lock, n, V.wrap_int(a, ra, Int(1, 9)), m))
    with g.block("for %s in %s:" % (t, ts), trips=m):
        g.emit("%s.start()" % t)
    with g.block("for %s in %s:" % (t, ts), trips=m):
        g.emit("%s.join()" % t)
    g.emit("print(_fmt(%s[0]))" % box, cost=50 + m * n // 10)
    return True
