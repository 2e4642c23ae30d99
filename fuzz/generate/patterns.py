"""The match statement (PEP 634), for the py310 dialect's control family.

A subject of a known static type (an int, a str, a list of ints, a str -> int
dict, an instance of a generated class) is matched against 1-4 cases whose patterns fit that type: literals and
or-patterns of them, captures, `as`, value patterns (a dotted name read at
each match), sequence patterns with a star, mapping patterns with `**rest`,
class patterns of the builtins that match themselves (`int(n)`,
`str()`, `list()`, `dict()`), and of the generated classes (positional
sub-patterns through `__match_args__`, keywords for fields and a property).  The names a case binds are in scope in its
body only (a case that did not match may leave them unbound), guards test
them, and an irrefutable pattern (a capture, `_`) is only ever the last case,
as the compiler requires.  Each case prints which case it is and what it
bound, so every engine's choice of case shows in the output.
"""
from __future__ import annotations

from . import values as V
from .scope import Var
from .values import Int, List, Dict, Str, int_literal


def _consts(g) -> str:
    """A class whose attributes value patterns name (`_Pat.A`): written once."""
    name = g.memo.get("patconsts")
    if name is None:
        name = g.memo["patconsts"] = g.fresh("_Pat")
        with g.definition(budget=1):
            g.out.line("class %s(object):" % name)
            g.out.line("    A = 0")
            g.out.line("    B = 3")
            g.out.line("    C = -1")
            g.out.line("    S = 'ab'")
    return name


def _int_in(g, ty: Int) -> int:
    return g.c.between(ty.lo, ty.hi) if ty.hi - ty.lo <= 40 else g.c.pick((0, 1, -1, 7, ty.lo, ty.hi))


def _lit(g, ty) -> str:
    """A literal pattern that may match a value of type ty (an Int or a Str)."""
    if isinstance(ty, Int):
        return int_literal(_int_in(g, ty)).strip("()")
    return repr("".join(g.c.pick("ab") for _ in range(g.c.between(0, 2))))


def _capture(g, ty, binds) -> str:
    name = g.fresh("p")
    binds.append(Var(name, ty, readonly=True))
    return name


def _scalar(g, ty, binds, refutable_only=False) -> str:
    """A pattern for one int or str; binds gets the Vars it captures."""
    choices = [(4, "lit"), (2, "or"), (2, "cls"), (1, "as"), (1, "value")]
    if not refutable_only:
        choices += [(2, "capture"), (1, "wild")]
    form = g.c.weighted(choices)
    if form == "lit":
        return _lit(g, ty)
    if form == "or":
        alts = sorted({_lit(g, ty) for _ in range(g.c.between(2, 3))})
        return " | ".join(alts) if len(alts) > 1 else alts[0]
    if form == "cls":
        inner = _capture(g, ty, binds) if g.c.coin(50) else ""
        return "%s(%s)" % ("int" if isinstance(ty, Int) else "str", inner)
    if form == "as":
        alts = sorted({_lit(g, ty) for _ in range(2)})
        return "(%s) as %s" % (" | ".join(alts), _capture(g, ty, binds))
    if form == "value":
        consts = _consts(g)
        return "%s.%s" % (consts, g.c.pick("ABC") if isinstance(ty, Int) else "S")
    if form == "capture":
        return _capture(g, ty, binds)
    return "_"


def _sequence(g, ty: List, binds) -> str:
    n = g.c.between(0, 3)
    elems = [_scalar(g, ty.elem, binds) for _ in range(n)]
    if g.c.coin(50):
        star = "*" + (_capture(g, List(ty.elem, ty.maxlen), binds) if g.c.coin(60) else "_")
        elems.insert(g.c.between(0, n), star)
    if g.c.coin(25):
        return "(%s)" % (", ".join(elems) + ("," if len(elems) == 1 else ""))
    return "[%s]" % ", ".join(elems)


def _mapping(g, ty: Dict, binds) -> str:
    keys = sorted({g.c.pick(V.KEYS) for _ in range(g.c.between(0, 2))})
    items = ["%r: %s" % (k, _scalar(g, ty.val, binds)) for k in keys]
    if g.c.coin(40):
        items.append("**" + _capture(g, Dict(ty.val), binds))
    return "{%s}" % ", ".join(items)


def _class_pattern(g, ty, binds) -> str:
    """An instance of a generated class against its class or an ancestor (a match),
    `object` (a match) or `int` (none): positional sub-patterns by the root's
    `__match_args__` ('a', 'b'), keywords for the other fields and the property,
    each read once by the match, in order."""
    from .classes import FIELD
    c = ty.cls
    chain = [c]
    while chain[-1].bases:
        chain.append(chain[-1].bases[0])
    cls = g.c.weighted([(4, c.name), (3 if len(chain) > 1 else 0, g.c.pick(chain[1:] or chain).name),
                        (1, "object"), (1, "int")])
    if cls in ("object", "int"):
        return "%s()" % cls
    npos = g.c.between(0, 2)
    subs = [_scalar(g, c.fields[f], binds) for f in ("a", "b")[:npos]]
    names = [f for f in c.fields if f not in ("a", "b")[:npos]]
    if "property" in c.has:
        names.append("total")
    for f in sorted({g.c.pick(names) for _ in range(g.c.between(0, 2))} if names else ()):
        fty = c.fields.get(f) or Int(2 * FIELD.lo, 2 * FIELD.hi)
        subs.append("%s=%s" % (f, _scalar(g, fty, binds)))
    return "%s(%s)" % (cls, ", ".join(subs))


def _pattern(g, kind, ty, binds, last: bool) -> str:
    """A pattern for the subject; refutable unless `last` (the final case)."""
    if kind == "obj":
        if last and g.c.coin(20):
            return _capture(g, ty, binds) if g.c.coin(50) else "_"
        return _class_pattern(g, ty, binds)
    if kind in ("int", "str"):
        return _scalar(g, ty, binds, refutable_only=not last)
    if last and g.c.coin(30):
        return _capture(g, ty, binds) if g.c.coin(50) else "_"
    if g.c.coin(15):
        return "%s()" % kind
    if kind == "list":
        return _sequence(g, ty, binds)
    return _mapping(g, ty, binds)


def _guard(g, binds) -> str:
    ints = [b for b in binds if isinstance(b.ty, Int)]
    if ints and g.c.coin(40):
        b = g.c.pick(ints)
        return " if %s %s %s" % (b.name, g.c.pick(("<", ">=", "==", "!=")), int_literal(_int_in(g, b.ty)))
    seqs = [b for b in binds if isinstance(b.ty, (List, Str, Dict))]
    if seqs and g.c.coin(30):
        return " if len(%s) %s %d" % (g.c.pick(seqs).name, g.c.pick(("<", ">")), g.c.between(0, 2))
    return ""


def match_statement(g) -> bool:
    from .classes import instances
    objs = instances(g)
    kinds = [(3, "int"), (2 if g.on("strings") else 0, "str"), (3, "list"),
             (2 if g.on("containers") else 0, "dict"), (3 if objs else 0, "obj")]
    kind = g.c.weighted(kinds)
    if kind == "obj":
        o = g.c.pick(objs)
        subject, ty = o.name, o.ty
    else:
        subject, ty = g.expr(kind, 2)
    n = g.c.between(1, 4)
    with g.block("match %s:" % subject):
        for i in range(n):
            binds = []
            last = i == n - 1
            pat = _pattern(g, kind, ty, binds, last)
            guard = _guard(g, binds) if binds else ""
            with g.block("case %s%s:" % (pat, guard)):
                for b in binds:
                    g.scope.add(b)
                if binds:
                    g.emit("print('case %d ' + _fmt([%s]))" % (i, ", ".join(b.name for b in binds)))
                else:
                    g.emit("print('case %d')" % i)
                if g.c.coin(40):
                    g.body(1, 2)
    return True
