"""Lists of ints and dicts from str to int; comprehensions and slicing.

Lists carry an element range and a maximum length; dicts draw their keys
from `values.KEYS`, so they stay small.  Indexing is always guarded
(`l[i % len(l)] if l else 0`), so an IndexError or KeyError only ever comes
from exceptions.py, which means it.  Iteration over a dict goes through
`sorted()` in py2+3 (2.7 dicts have no defined order).
"""
from __future__ import annotations

from . import values as V
from .values import Int, Bool, List, Dict
from .expressions import variable
from .scope import Var

MAX_LIST = 12


def _list(g, depth):
    return g.expr("list", depth)


def _small_int(g, depth):
    """An int expression with a modest range, for list elements."""
    a, ra = g.expr("int", depth)
    if ra.magnitude > 10 ** 6:
        return V.wrap_int(a, ra, Int(0, 999)), Int(0, 999)
    return a, ra


def list_literal(g, depth):
    n = g.c.between(0, 4)
    items = []
    for _ in range(n):
        if depth > 0 and g.c.coin(30):
            items.append(_small_int(g, depth - 1))
        else:
            v = g.c.between(-9, 20)
            items.append((V.int_literal(v), Int(v, v)))
    elem = V.int_hull(*(r for _, r in items)) if items else Int(0, 0)
    return "[%s]" % ", ".join(c for c, _ in items), List(elem, n)


def list_concat(g, depth):
    a, ta = _list(g, depth)
    b, tb = _list(g, depth)
    if ta.maxlen + tb.maxlen > MAX_LIST * 2:
        return None
    return "(%s + %s)" % (a, b), List(V.int_hull(ta.elem, tb.elem), ta.maxlen + tb.maxlen)


def list_slice(g, depth):
    a, ta = _list(g, depth)
    form = g.c.below(5)
    if form == 0:
        return "%s[%d:%d]" % (a, g.c.between(-3, 3), g.c.between(-2, 8)), ta
    if form == 1:
        return "%s[::-1]" % a, ta
    if form == 2:
        return "sorted(%s)" % a, ta
    if form == 3:
        return "sorted(%s, reverse=True)" % a, ta
    return "%s[::%d]" % (a, g.c.pick((2, -1, 3))), ta


def list_range(g, depth):
    lo = g.c.between(-3, 5)
    n = g.c.between(0, 8)
    step = g.c.pick((1, 1, 2, 3))
    return "list(range(%d, %d, %d))" % (lo, lo + n, step), List(Int(lo, max(lo, lo + n - 1)), (n + step - 1) // step)


def list_comp(g, depth):
    src, ts = _list(g, depth)
    x = g.fresh("x")
    g.charge(ts.maxlen)
    with g.scope.push("comp") as fr:
        fr.vars[x] = Var(x, ts.elem, readonly=True)
        e, re_ = _small_int(g, max(depth - 1, 0))
        cond = ""
        if g.c.coin(40):
            c, _ = g.expr("bool", max(depth - 1, 0))
            cond = " if %s" % c
    g.use("comprehensions")
    return "[%s for %s in %s%s]" % (e, x, src, cond), List(re_, ts.maxlen)


def list_set(g, depth):
    a, ta = _list(g, depth)
    g.use("comprehensions")
    return "sorted(set(%s))" % a, ta


def list_map(g, depth):
    if not g.on("functions"):
        return None
    a, ta = _list(g, depth)
    k = g.c.between(-5, 5)
    g.use("functions")
    return "list(map(lambda x: x * 2 + %d, %s))" % (k, a), List(Int(ta.elem.lo * 2 + k, ta.elem.hi * 2 + k), ta.maxlen)


def list_sorted_key(g, depth):
    if not g.on("functions"):
        return None
    a, ta = _list(g, depth)
    k = g.c.between(2, 5)
    g.use("functions")
    # the key has no ties that matter: sort is stable on every engine
    return "sorted(%s, key=lambda x: x %% %d)" % (a, k), ta


def list_cond(g, depth):
    c, _ = g.expr("bool", depth)
    a, ta = _list(g, depth)
    b, tb = _list(g, depth)
    return "(%s if %s else %s)" % (a, c, b), List(V.int_hull(ta.elem, tb.elem), max(ta.maxlen, tb.maxlen))


LIST_PRODUCTIONS = [
    (2, list_literal, None),
    (6, lambda g, d: variable(g, "list"), None),
    (2, list_concat, None),
    (3, list_slice, "comprehensions"),
    (1, list_range, None),
    (3, list_comp, "comprehensions"),
    (1, list_set, "comprehensions"),
    (1, list_map, "functions"),
    (1, list_sorted_key, "functions"),
    (1, list_cond, "control"),
]


def dict_literal(g, depth):
    keys = [k for k in V.KEYS if g.c.coin(50)]
    items = []
    for k in keys:
        if depth > 0 and g.c.coin(30):
            items.append((k,) + _small_int(g, depth - 1))
        else:
            v = g.c.between(-9, 30)
            items.append((k, V.int_literal(v), Int(v, v)))
    val = V.int_hull(*(r for _, _, r in items)) if items else Int(0, 0)
    return "{%s}" % ", ".join("'%s': %s" % (k, c) for k, c, _ in items), Dict(val)


def dict_comp(g, depth):
    g.use("comprehensions")
    keys = "".join(k for k in V.KEYS if g.c.coin(60)) or "a"
    k = g.fresh("k")
    if g.c.coin(50):
        src, tl = _list(g, depth)
        return "dict(zip('%s', %s))" % (keys, src), Dict(tl.elem)
    src, ts = g.expr("dict", depth)
    x = g.fresh("x")
    off = g.c.between(-3, 3)
    return ("{%s: %s + %d for %s, %s in %s.items() if %s != '%s'}" % (k, x, off, k, x, src, k, g.c.pick(V.KEYS)),
            Dict(Int(ts.val.lo + off, ts.val.hi + off)))


def dict_merge(g, depth):
    a, ta = g.expr("dict", depth)
    b, tb = g.expr("dict", depth)
    m = g.fresh("m")
    # a copy updated with the other: the same result whatever the iteration order
    return ("(lambda %s: (%s.update(%s), %s)[1])(dict(%s))" % (m, m, b, m, a),
            Dict(V.int_hull(ta.val, tb.val))) if g.on("functions") else None


DICT_PRODUCTIONS = [
    (2, dict_literal, None),
    (6, lambda g, d: variable(g, "dict"), None),
    (2, dict_comp, "comprehensions"),
    (1, dict_merge, None),
]


# -- ints and bools computed from containers -------------------------------------------

def int_len(g, depth):
    kind = g.c.pick(("list", "dict"))
    a, ta = g.expr(kind, depth)
    return "len(%s)" % a, Int(0, ta.maxlen if kind == "list" else len(V.KEYS))


def int_sum(g, depth):
    a, ta = _list(g, depth)
    n = ta.maxlen
    return "sum(%s)" % a, Int(min(0, ta.elem.lo * n), max(0, ta.elem.hi * n))


def int_index(g, depth):
    a, ta = _list(g, depth)
    s = g.fresh("s")
    # bound once: the index may call a function that shortens a global list
    if g.c.coin(30):
        return "(lambda %s: %s[-1] if %s else 0)(%s)" % (s, s, s, a), V.int_hull(ta.elem, Int(0, 0))
    i, _ = g.expr("int", depth)
    return "(lambda %s: %s[%s %% len(%s)] if %s else 0)(%s)" % (s, s, i, s, s, a), V.int_hull(ta.elem, Int(0, 0))


def int_get(g, depth):
    a, ta = g.expr("dict", depth)
    d = g.c.between(-5, 5)
    return "%s.get('%s', %s)" % (a, g.c.pick(V.KEYS), V.int_literal(d)), V.int_hull(ta.val, Int(d, d))


def int_minmax_list(g, depth):
    a, ta = _list(g, depth)
    d = g.c.between(-5, 5)
    fn = g.c.pick(("min", "max"))
    # min([]) is an error: append a default instead of relying on min(..., default=) (3.4+)
    return "%s(%s + [%s])" % (fn, a, V.int_literal(d)), V.int_hull(ta.elem, Int(d, d))


def int_count(g, depth):
    a, ta = _list(g, depth)
    x, _ = g.expr("int", depth)
    return "%s.count(%s)" % (a, x), Int(0, ta.maxlen)


def int_genexp(g, depth):
    a, ta = _list(g, depth)
    x = g.fresh("x")
    k = g.c.between(1, 3)
    g.use("comprehensions")
    g.charge(ta.maxlen)
    return "sum(%s * %d for %s in %s)" % (x, k, x, a), Int(min(0, ta.elem.lo * k * ta.maxlen),
                                                        max(0, ta.elem.hi * k * ta.maxlen))


def bool_in(g, depth):
    if g.c.coin(50):
        a, _ = _list(g, depth)
        x, _ = g.expr("int", depth)
        return "(%s in %s)" % (x, a), Bool()
    d, _ = g.expr("dict", depth)
    return "('%s' in %s)" % (g.c.pick(V.KEYS), d), Bool()


def bool_anyall(g, depth):
    a, _ = _list(g, depth)
    x = g.fresh("x")
    k = g.c.between(-3, 10)
    g.use("comprehensions")
    return "%s(%s > %d for %s in %s)" % (g.c.pick(("any", "all")), x, k, x, a), Bool()


INT_PRODUCTIONS = [
    (2, int_len, "containers"),
    (2, int_sum, "containers"),
    (2, int_index, "containers"),
    (2, int_get, "containers"),
    (1, int_minmax_list, "containers"),
    (1, int_count, "containers"),
    (1, int_genexp, "comprehensions"),
]
BOOL_PRODUCTIONS = [(2, bool_in, "containers"), (1, bool_anyall, "comprehensions")]
