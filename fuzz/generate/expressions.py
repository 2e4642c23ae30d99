"""Typed expressions: ints with ranges, bools, dyadic floats; the dispatcher for every kind.

`expr(g, kind, depth)` returns `(code, type)`: the code is fully
parenthesised, and the type's range is true of every value the code can
produce.  Each production may decline (return None) when it does not apply
here (no variable of that kind, a range that would grow too large, a knob
that is off); the dispatcher then tries another, and a literal always works.
Strings live in strings.py, lists and dicts in containers.py; calls and
attributes are offered by functions.py and classes.py.
"""
from __future__ import annotations

from . import values as V
from .values import Int, Bool, Float
from .choices import Table

FLOAT_VAR = Float(V.MAX_FLOAT_BOUND, V.MAX_FLOAT_FRAC)
# code starting like this always builds a new container (a display, a comprehension, a copy)
FRESH_LIST = ("[", "list(", "sorted(")
FRESH_DICT = ("{", "dict(")


# -- the dispatcher --------------------------------------------------------------

def expr(g, kind: str, depth: int):
    if depth > 0:
        options = g.tables.get(kind)
        if options is None:
            options = g.tables[kind] = Table([(w, p) for w, p, feat in productions(kind) if _has(g, feat)])
        for _ in range(3):
            prod = g.c.weighted(options)
            r = prod(g, depth - 1)
            if r is not None:
                return r
    r = variable(g, kind)
    if r is not None and g.c.coin(60):
        return r
    return LITERALS[kind](g)


_TABLES: dict = {}


def _has(g, feat) -> bool:
    """Is a production with this feature marker written here?  "py310": in that
    dialect only (left out of the table elsewhere, so the other dialects' choices,
    and their programs, are as they were)."""
    if feat is None:
        return True
    if feat == "py310":
        return g.d.match_
    return g.on(feat)


def productions(kind):
    table = _TABLES.get(kind)
    if table is None:
        table = _TABLES[kind] = _build(kind)
    return table


def _build(kind):
    from . import strings, containers, functions, classes
    if kind == "int":
        return INT_PRODUCTIONS + strings.INT_PRODUCTIONS + containers.INT_PRODUCTIONS + \
            functions.call_productions("int") + classes.INT_PRODUCTIONS
    if kind == "bool":
        return BOOL_PRODUCTIONS + strings.BOOL_PRODUCTIONS + containers.BOOL_PRODUCTIONS + \
            functions.call_productions("bool")
    if kind == "float":
        return FLOAT_PRODUCTIONS
    if kind == "str":
        return strings.STR_PRODUCTIONS + functions.call_productions("str")
    if kind == "list":
        return containers.LIST_PRODUCTIONS + functions.call_productions("list")
    if kind == "dict":
        return containers.DICT_PRODUCTIONS
    raise ValueError(kind)


def variable(g, kind: str):
    vs = g.scope.visible((kind,))
    if not vs:
        return None
    # prefer recent variables: they are the ones the surrounding code just computed
    v = vs[g.c.below(min(len(vs), 6))] if g.c.coin(70) else g.c.pick(vs)
    return v.name, v.ty


def fit(g, code: str, have, want) -> str:
    """Code for the value of `code` (of type `have`) made to satisfy the invariant `want`."""
    if want.kind == "int":
        return V.wrap_int(code, have, want)
    if want.kind == "float":
        if have.bound <= want.bound:
            return code
        return "(%s %% %s)" % (code, V.float_literal(want.bound, 0))
    if want.kind == "str":
        return code if have.maxlen <= want.maxlen else "%s[:%d]" % (code, want.maxlen)
    # containers are always copied on assignment: an alias with a wider declared
    # type could otherwise break this name's invariant through mutation
    if want.kind == "list":
        if not have.elem.within(want.elem):
            x = g.fresh("x")
            code = "[%s for %s in %s]" % (V.wrap_int(x, have.elem, want.elem), x, code)
        elif not code.startswith(FRESH_LIST):
            code = "list(%s)" % code
        return code if have.maxlen <= want.maxlen else "%s[:%d]" % (code, want.maxlen)
    if want.kind == "dict":
        if have.val.within(want.val):
            return code if code.startswith(FRESH_DICT) else "dict(%s)" % code
        k, x = g.fresh("k"), g.fresh("x")
        return "dict([(%s, %s) for %s, %s in %s.items()])" % (k, V.wrap_int(x, have.val, want.val), k, x, code)
    return code


# -- ints -----------------------------------------------------------------------

def int_literal(g):
    if g.on("arithmetic") and g.c.coin(8):
        v = g.c.between(-2 ** 80, 2 ** 80)
    else:
        v = g.c.between(-10, 60) if g.c.coin(70) else g.c.between(-1000, 1000)
    return V.int_literal(v), Int(v, v)


def int_var(g, depth):
    return variable(g, "int")


def _ok(r: Int):
    return r.magnitude <= V.HUGE


def int_binop(g, depth):
    a, ra = g.expr("int", depth)
    b, rb = g.expr("int", depth)
    op = g.c.pick("+-*")
    if op == "+":
        r = Int(ra.lo + rb.lo, ra.hi + rb.hi)
    elif op == "-":
        r = Int(ra.lo - rb.hi, ra.hi - rb.lo)
    else:
        corners = [ra.lo * rb.lo, ra.lo * rb.hi, ra.hi * rb.lo, ra.hi * rb.hi]
        r = Int(min(corners), max(corners))
    if not _ok(r):
        return None
    return "(%s %s %s)" % (a, op, b), r


def nonzero_divisor(g, depth):
    """A divisor that can never be zero, by construction."""
    b, rb = g.expr("int", depth)
    if rb.nonzero and rb.magnitude < 2 ** 40:
        return b, rb
    k = g.c.between(2, 12)
    return "(%s %% %d + 1)" % (b, k), Int(1, k)


def int_div(g, depth):
    a, ra = g.expr("int", depth)
    b, rb = nonzero_divisor(g, depth)
    if g.c.coin(50):
        corners = [ra.lo // rb.lo, ra.lo // rb.hi, ra.hi // rb.lo, ra.hi // rb.hi]
        return "(%s // %s)" % (a, b), Int(min(corners), max(corners))
    r = Int(0, rb.hi - 1) if rb.lo > 0 else Int(rb.lo + 1, 0)
    return "(%s %% %s)" % (a, b), r


def int_unary(g, depth):
    a, ra = g.expr("int", depth)
    if g.c.coin(50):
        return "(-%s)" % a, Int(-ra.hi, -ra.lo)
    return "abs(%s)" % a, _abs(ra)


def _abs(r: Int) -> Int:
    if r.lo >= 0:
        return r
    if r.hi <= 0:
        return Int(-r.hi, -r.lo)
    return Int(0, r.magnitude)


def int_minmax(g, depth):
    a, ra = g.expr("int", depth)
    b, rb = g.expr("int", depth)
    if g.c.coin(50):
        return "min(%s, %s)" % (a, b), Int(min(ra.lo, rb.lo), min(ra.hi, rb.hi))
    return "max(%s, %s)" % (a, b), Int(max(ra.lo, rb.lo), max(ra.hi, rb.hi))


def _nonneg(g, depth):
    a, ra = g.expr("int", depth)
    if ra.lo >= 0:
        return a, ra
    return "abs(%s)" % a, _abs(ra)


def int_bitop(g, depth):
    a, ra = _nonneg(g, depth)
    b, rb = _nonneg(g, depth)
    op = g.c.pick("&|^")
    if op == "&":
        r = Int(0, min(ra.hi, rb.hi))
    else:
        r = Int(0, 2 ** max(ra.hi.bit_length(), rb.hi.bit_length()) - 1)
    return "(%s %s %s)" % (a, op, b), r


def int_shift(g, depth):
    a, ra = g.expr("int", depth)
    k = g.c.between(0, 12)
    if g.c.coin(50):
        r = Int(ra.lo << k, ra.hi << k)
        return ("(%s << %d)" % (a, k), r) if _ok(r) else None
    return "(%s >> %d)" % (a, k), Int(ra.lo >> k, ra.hi >> k)


def int_pow(g, depth):
    if g.c.coin(30):
        # a constant base, often negative, to a computed power: a compiler that
        # writes the base without parentheses computes -(3 ** e)
        c = g.c.between(-9, 9)
        e, _ = g.expr("int", depth)
        vals = [1, c, c * c]
        return "(%s ** (%s %% 3))" % (V.int_literal(c), e), Int(min(vals), max(vals))
    a, ra = g.expr("int", depth)
    k = g.c.between(2, 3)
    if ra.magnitude ** k > V.HUGE:
        return None
    if k == 3:
        return "(%s ** 3)" % a, Int(ra.lo ** 3, ra.hi ** 3)
    sq = sorted([ra.lo ** 2, ra.hi ** 2])
    lo = 0 if ra.lo <= 0 <= ra.hi else sq[0]
    return "(%s ** 2)" % a, Int(lo, sq[1])


def int_cond(g, depth):
    c, _ = g.expr("bool", depth)
    a, ra = g.expr("int", depth)
    b, rb = g.expr("int", depth)
    return "(%s if %s else %s)" % (a, c, b), V.int_hull(ra, rb)


def int_from_bool(g, depth):
    c, _ = g.expr("bool", depth)
    return "int(%s)" % c, Int(0, 1)


def int_from_float(g, depth):
    f, rf = g.expr("float", depth)
    return "int(%s)" % f, Int(-rf.bound, rf.bound)


def int_round(g, depth):
    if not g.d.round_:
        return None
    f, rf = g.expr("float", depth)
    return "round(%s)" % f, Int(-rf.bound - 1, rf.bound + 1)


def int_divmod(g, depth):
    a, ra = g.expr("int", depth)
    k = g.c.between(2, 9)
    return "divmod(%s, %d)[1]" % (a, k), Int(0, k - 1)


def int_bit_count(g, depth):
    """int.bit_count() (3.10): the ones of |x|."""
    a, ra = g.expr("int", depth)
    return "(%s).bit_count()" % a, Int(0, max(1, ra.magnitude.bit_length()))


INT_PRODUCTIONS = [
    (3, lambda g, d: int_literal(g), None),
    (8, int_var, None),
    (8, int_binop, None),
    (3, int_div, "arithmetic"),
    (2, int_unary, None),
    (2, int_minmax, None),
    (2, int_bitop, "arithmetic"),
    (1, int_shift, "arithmetic"),
    (1, int_pow, "arithmetic"),
    (2, int_cond, "control"),
    (1, int_from_bool, None),
    (1, int_from_float, "arithmetic"),
    (1, int_round, "arithmetic"),
    (1, int_divmod, "arithmetic"),
    (1, int_bit_count, "py310"),
]


# -- bools ----------------------------------------------------------------------

def bool_literal(g):
    return g.c.pick(("False", "True")), Bool()


def bool_compare(g, depth):
    kind = g.c.weighted([(6, "int"), (2 if g.on("arithmetic") else 0, "float"), (2 if g.on("strings") else 0, "str")])
    a, _ = g.expr(kind, depth)
    b, _ = g.expr(kind, depth)
    op = g.c.pick(("<", "<=", "==", "!=", ">", ">="))
    if kind == "int" and g.c.coin(15):
        c, _ = g.expr(kind, depth)
        return "(%s %s %s %s %s)" % (a, op, b, g.c.pick(("<", "<=")), c), Bool()
    return "(%s %s %s)" % (a, op, b), Bool()


def bool_logic(g, depth):
    if g.c.coin(30):
        a, _ = g.expr("bool", depth)
        return "(not %s)" % a, Bool()
    a, _ = g.expr("bool", depth)
    b, _ = g.expr("bool", depth)
    return "(%s %s %s)" % (a, g.c.pick(("and", "or")), b), Bool()


def bool_of_int(g, depth):
    a, _ = g.expr("int", depth)
    return "bool(%s)" % a, Bool()


def bool_isinstance_union(g, depth):
    """isinstance() against a union of types written with | (PEP 604, 3.10)."""
    kind = g.c.weighted([(4, "int"), (2, "bool"), (2 if g.on("strings") else 0, "str"),
                         (2 if g.on("arithmetic") else 0, "float")])
    a, _ = g.expr(kind, depth)
    names = ["int", "str", "float", "bool", "list", "None"]
    picked = sorted({g.c.pick(names) for _ in range(g.c.between(2, 3))}, key=names.index)
    if len(picked) < 2:
        picked.append("dict")
    return "isinstance(%s, %s)" % (a, " | ".join(picked)), Bool()


BOOL_PRODUCTIONS = [
    (2, lambda g, d: bool_literal(g), None),
    (4, lambda g, d: variable(g, "bool"), None),
    (10, bool_compare, None),
    (4, bool_logic, None),
    (1, bool_of_int, None),
    (1, bool_isinstance_union, "py310"),
]


# -- floats: dyadic, exact everywhere ----------------------------------------------

def _fok(f: Float) -> bool:
    return f.frac <= V.MAX_FLOAT_FRAC and f.bound <= 2 ** 30 and f.bound * 2 ** f.frac < 2 ** 50


def float_literal(g):
    frac = g.c.between(0, 3)
    num = g.c.between(-64 << frac, 64 << frac)
    bound = (abs(num) + (1 << frac) - 1) >> frac
    return V.float_literal(num, frac), Float(bound, frac)


def float_arith(g, depth):
    a, fa = g.expr("float", depth)
    op = g.c.pick("+-*")
    if op in "+-":
        b, fb = g.expr("float", depth)
        r = Float(fa.bound + fb.bound, max(fa.frac, fb.frac))
    elif g.c.coin(50):
        b, rb = g.expr("int", depth)
        if rb.magnitude > 64:
            return None
        r = Float(fa.bound * max(rb.magnitude, 1), fa.frac)
    else:
        b, fb = g.expr("float", depth)
        r = Float(fa.bound * fb.bound, fa.frac + fb.frac)
    if not _fok(r):
        return None
    return "(%s %s %s)" % (a, op, b), r


def float_halve(g, depth):
    a, fa = g.expr("float", depth)
    k = g.c.between(1, 2)
    r = Float(fa.bound, fa.frac + k)
    if not _fok(r):
        return None
    return "(%s / %s)" % (a, "2.0" if k == 1 else "4.0"), r


def float_of_int(g, depth):
    a, ra = g.expr("int", depth)
    if ra.magnitude > V.MAX_FLOAT_BOUND:
        return None
    return "float(%s)" % a, Float(ra.magnitude, 0)


def float_unary(g, depth):
    a, fa = g.expr("float", depth)
    return ("(-%s)" if g.c.coin(50) else "abs(%s)") % a, fa


def float_minmax(g, depth):
    a, fa = g.expr("float", depth)
    b, fb = g.expr("float", depth)
    return "%s(%s, %s)" % (g.c.pick(("min", "max")), a, b), Float(max(fa.bound, fb.bound), max(fa.frac, fb.frac))


def float_mod(g, depth):
    a, fa = g.expr("float", depth)
    m = g.c.pick((1, 2, 8, 64))
    return "(%s %% %d.0)" % (a, m), Float(m, fa.frac)


def float_cond(g, depth):
    c, _ = g.expr("bool", depth)
    a, fa = g.expr("float", depth)
    b, fb = g.expr("float", depth)
    return "(%s if %s else %s)" % (a, c, b), Float(max(fa.bound, fb.bound), max(fa.frac, fb.frac))


FLOAT_PRODUCTIONS = [
    (2, lambda g, d: float_literal(g), None),
    (6, lambda g, d: variable(g, "float"), None),
    (6, float_arith, None),
    (2, float_halve, None),
    (2, float_of_int, None),
    (1, float_unary, None),
    (1, float_minmax, None),
    (1, float_mod, None),
    (1, float_cond, "control"),
]


def _str_lit(g):
    from .strings import str_literal
    return str_literal(g)


def _list_lit(g):
    from .containers import list_literal
    return list_literal(g, 0)


def _dict_lit(g):
    from .containers import dict_literal
    return dict_literal(g, 0)


LITERALS = {"int": int_literal, "bool": bool_literal, "float": float_literal,
            "str": _str_lit, "list": _list_lit, "dict": _dict_lit}
