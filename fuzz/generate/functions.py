"""Functions: defaults, *args, **kwargs, keyword-only, closures, nonlocal, recursion, lambdas, decorators.

A function is written on demand (when an expression wants a call and none
fits) as a top-level definition; its `FuncInfo` records the parameter and
return types and the cost of one call, which each call site charges.  The
call graph is acyclic except for self-recursion, whose depth is bounded by
a parameter wrapped into [0, depth] at every call.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import values as V
from .values import Int, Str, List
from .expressions import FLOAT_VAR
from .scope import Var

RET_KINDS = (("int", None, 8), ("str", "strings", 3), ("bool", None, 1), ("list", "containers", 2),
             ("float", "arithmetic", 1))
PARAM_KINDS = (("int", None, 8), ("str", "strings", 3), ("list", "containers", 2), ("float", "arithmetic", 1))


@dataclass
class Param:
    name: str
    ty: object
    default: str = None        # literal source, or None


@dataclass
class FuncInfo:
    name: str
    params: list
    ret: object
    cost: int = 1
    varargs: bool = False      # *args of ints in ARG_RANGE
    kwonly: list = field(default_factory=list)   # Params after * (py3)
    kwargs: bool = False       # **kw of ints in ARG_RANGE, keys from values.KEYS


ARG_RANGE = Int(-100, 100)


def _pick_kind(g, table):
    return g.c.weighted([(w, k) for k, feat, w in table if feat is None or g.on(feat)])


def declared_type(g, kind):
    if kind == "int":
        return g.int_type()
    if kind == "str":
        return Str(g.c.pick((4, 8, 16)))
    if kind == "list":
        return List(Int(-50, 50), g.c.pick((4, 8)))
    if kind == "float":
        return FLOAT_VAR
    return V.Bool()


def literal_of(g, ty):
    if ty.kind == "int":
        return V.int_literal(g.c.between(max(ty.lo, -20), min(ty.hi, 50)))
    if ty.kind == "str":
        return "'%s'" % "".join(g.c.pick("abc") for _ in range(min(2, ty.maxlen)))
    if ty.kind == "list":
        return "[]"
    if ty.kind == "float":
        return "0.5"
    return "False"


# -- definitions -------------------------------------------------------------------------

def define(g, ret_kind=None):
    """Write a new top-level function; return its FuncInfo (registered for later calls)."""
    if g.in_def > 1 or not g.affordable(1):
        return None
    ret_kind = ret_kind or _pick_kind(g, RET_KINDS)
    info = FuncInfo(g.fresh("f"), [], declared_type(g, ret_kind))
    for _ in range(g.c.between(0, 3)):
        info.params.append(Param(g.fresh("p"), declared_type(g, _pick_kind(g, PARAM_KINDS))))
    for p in info.params[len(info.params) - g.c.between(0, len(info.params)):]:
        if p.ty.kind != "list":     # a mutable default is its own scenario (mutable_default)
            p.default = literal_of(g, p.ty)
    for later in info.params[::-1]:
        if later.default is None:  # defaults only at the tail
            for q in info.params[:info.params.index(later)]:
                q.default = None
            break
    info.varargs = g.c.coin(20)
    if g.d.kwonly and g.c.coin(20):
        info.kwonly.append(Param(g.fresh("k"), Int(-50, 50), V.int_literal(g.c.between(-5, 5))))
    info.kwargs = g.c.coin(15)
    decorate = info.ret.kind == "int" and g.c.coin(15)
    if decorate:
        deco, shift = decorator(g)
    with g.definition(budget=max(50, min(600, g.cfg.budget // 20))) as cost:
        if decorate:
            g.out.line("@%s(%d)" % (deco, shift))
        _write(g, info)
    info.cost = cost.used + 1
    if decorate:     # the wrapper adds `shift` to whatever the body returns
        info.ret = Int(info.ret.lo + shift, info.ret.hi + shift)
    g.funcs.append(info)
    g.use("functions")
    return info


def _signature(g, info):
    parts = [p.name if p.default is None else "%s=%s" % (p.name, p.default) for p in info.params]
    if info.varargs:
        parts.append("*args")
    elif info.kwonly:
        parts.append("*")
    parts += ["%s=%s" % (k.name, k.default) for k in info.kwonly]
    if info.kwargs:
        parts.append("**kw")
    return ", ".join(parts)


def _write(g, info):
    with g.block("def %s(%s):" % (info.name, _signature(g, info)), kind="function", func=info) as fr:
        for p in info.params + info.kwonly:
            g.scope.add(Var(p.name, p.ty))
        if info.varargs:
            a = g.new_var(List(ARG_RANGE, 6))
            g.emit("%s = list(args)[:6]" % a.name)
        if info.kwargs:
            d = g.new_var(V.Dict(ARG_RANGE))
            g.emit("%s = dict(kw)" % d.name)
        rw = [v for v in g.scope.top_vars(("int", "str", "float")) if g.c.coin(25)][:2]
        if rw:
            g.emit("global %s" % ", ".join(v.name for v in rw))
            fr.rebindable = {v.name for v in rw}
        g.body(1, 3)
        code, have = g.expr(info.ret.kind)
        g.emit("return %s" % g.fit(code, have, info.ret))


def decorator(g):
    """A decorator factory (written once per program): adds k to an int result, keeps it in range."""
    name = g.memo.get("decorator")
    if name is None:
        name = g.memo["decorator"] = g.fresh("deco")
        with g.definition(budget=1):
            for line in ("def %s(k):" % name, "    def wrap(fn):", "        def inner(*a, **kw):",
                         "            return fn(*a, **kw) + k", "        inner.__name__ = fn.__name__",
                         "        return inner", "    return wrap"):
                g.out.line(line)
    return name, g.c.between(-3, 3)


# -- calls -------------------------------------------------------------------------------

def call(g, info, depth):
    """Call code for `info` with arguments that fit its parameters."""
    args = []
    omit_tail = g.c.coin(30)
    by_keyword = False
    for p in info.params:
        if p.default is not None and omit_tail and not by_keyword:
            by_keyword = True          # skipped a default: the rest must go by keyword or not at all
            continue
        code, have = g.expr(p.ty.kind, depth)
        code = g.fit(code, have, p.ty)
        if by_keyword or g.c.coin(15):
            by_keyword = True
            args.append("%s=%s" % (p.name, code))
        else:
            args.append(code)
    if info.varargs and not by_keyword:
        if g.c.coin(30):
            args.append("*[%s]" % ", ".join(str(g.c.between(-9, 9)) for _ in range(g.c.between(0, 3))))
        else:
            for _ in range(g.c.between(0, 2)):
                code, have = g.expr("int", depth)
                args.append(V.wrap_int(code, have, ARG_RANGE))
    for k in info.kwonly:
        if g.c.coin(50):
            code, have = g.expr("int", depth)
            args.append("%s=%s" % (k.name, V.wrap_int(code, have, k.ty)))
    if info.kwargs:
        keys = [k for k in V.KEYS if g.c.coin(30)]
        if g.c.coin(30) and keys:
            args.append("**{%s}" % ", ".join("'%s': %d" % (k, g.c.between(-9, 9)) for k in keys))
        else:
            for k in keys:
                code, have = g.expr("int", depth)
                args.append("%s=%s" % (k, V.wrap_int(code, have, ARG_RANGE)))
    g.charge(info.cost)
    g.use("functions")
    return "%s(%s)" % (info.name, ", ".join(args))


def call_production(kind):
    def production(g, depth):
        if not g.on("functions"):
            return None
        fs = [f for f in g.funcs if f.ret.kind == kind and g.affordable(f.cost)]
        if fs and g.c.coin(75):
            info = g.c.pick(fs)
        else:
            info = define(g, kind)
            if info is None or not g.affordable(info.cost):
                return None
        return call(g, info, max(depth - 1, 0)), info.ret
    return production


def lambda_production(g, depth):
    if not g.on("functions"):
        return None
    x = g.fresh("q")
    a, ra = g.expr("int", depth)
    a = V.wrap_int(a, ra, Int(-1000, 1000))
    with g.scope.push("function"):
        g.scope.add(Var(x, Int(-1000, 1000)))
        body, rb = g.expr("int", depth)
    g.use("functions")
    return "(lambda %s: %s)(%s)" % (x, body, a), rb


def call_productions(kind):
    table = [(3, call_production(kind), "functions")]
    if kind == "int":
        table.append((1, lambda_production, "functions"))
    return table


# -- statements ------------------------------------------------------------------------------

def statement(g):
    form = g.c.weighted([(4, "call"), (2, "recursion"), (2, "closure"), (1, "late_binding"),
                         (1, "mutable_default")])
    return FORMS[form](g)


def call_statement(g):
    kind = _pick_kind(g, RET_KINDS)
    r = call_production(kind)(g, 2)
    if r is None:
        return False
    code, ty = r
    v = g.new_var(ty)
    g.emit("%s = %s" % (v.name, code))
    g.emit("print('%s = ' + _fmt(%s))" % (v.name, v.name))
    return True


def recursion(g):
    info = g.memo.get("recursive")
    if info is None:
        info = _define_recursive(g)
        if info is None:
            return False
    if not g.affordable(info.cost):
        return False
    n, rn = g.expr("int", 1)
    acc, ra = g.expr("int", 1)
    v = g.new_var(info.ret)
    g.charge(info.cost)
    g.emit("%s = %s(%s, %s)" % (v.name, info.name, V.wrap_int(n, rn, info.params[0].ty),
                                V.wrap_int(acc, ra, info.params[1].ty)))
    g.emit("print('%s = ' + _fmt(%s))" % (v.name, v.name))
    return True


def _define_recursive(g):
    depth = g.c.between(2, 8)
    ret = Int(-10 ** 6, 10 ** 6)
    info = FuncInfo(g.fresh("rec"), [Param(g.fresh("n"), Int(0, depth)), Param(g.fresh("acc"), ret)], ret)
    n, acc = info.params[0].name, info.params[1].name
    with g.definition(budget=60) as cost:
        with g.block("def %s(%s, %s):" % (info.name, n, acc), kind="function", func=info):
            g.scope.add(Var(n, info.params[0].ty, readonly=True))
            g.scope.add(Var(acc, ret))
            g.emit("if %s <= 0:" % n)
            g.emit("    return %s" % acc)
            g.body(0, 2)
            step, rs = g.expr("int", 2)
            if g.c.coin(50):   # tail call
                g.emit("return %s(%s - 1, %s)" % (info.name, n, V.wrap_int("(%s + %s)" % (acc, step),
                                                                        Int(ret.lo + rs.lo, ret.hi + rs.hi), ret)))
            else:              # work after the call returns
                g.emit("return %s" % V.wrap_int("(%s(%s - 1, %s) * 3 + %s)" % (info.name, n, acc, step),
                                                Int(ret.lo * 3 + rs.lo, ret.hi * 3 + rs.hi), ret))
    info.cost = (cost.used + 2) * (depth + 1)
    g.memo["recursive"] = info
    g.use("functions")
    return info


def closure(g):
    """A nested function reading (and with nonlocal, rebinding) the enclosing function's names."""
    if not g.can_nest():
        return False
    name = g.fresh("inner")
    q = g.fresh("q")
    outer_locals = _enclosing_locals(g) if g.scope.in_function else []
    rebind = []
    if g.d.nonlocal_ and outer_locals and g.c.coin(60):
        rebind = [g.c.pick(outer_locals)]
    with g.block("def %s(%s):" % (name, q), kind="function") as fr:
        g.scope.add(Var(q, Int(-1000, 1000)))
        if rebind:
            g.emit("nonlocal %s" % rebind[0].name)
            fr.rebindable = {rebind[0].name}
            code, have = g.expr("int", 2)
            t = rebind[0].ty
            g.emit("%s = %s" % (rebind[0].name, V.wrap_int("(%s + %s)" % (rebind[0].name, code),
                                                          Int(t.lo + have.lo, t.hi + have.hi), t)))
        body, rb = g.expr("int", 2)
        g.emit("return %s" % V.wrap_int(body, rb, Int(-10 ** 6, 10 ** 6)))
    arg, ra = g.expr("int", 1)
    v = g.new_var(Int(-10 ** 6, 10 ** 6))
    g.emit("%s = %s(%s)" % (v.name, name, V.wrap_int(arg, ra, Int(-1000, 1000))))
    g.charge(20)
    if rebind:
        g.emit("print('%s = ' + _fmt(%s))" % (rebind[0].name, rebind[0].name))
    g.use("functions")
    return True


def _enclosing_locals(g):
    """Int names bound in the nearest enclosing function (what nonlocal may rebind)."""
    out = []
    for fr in reversed(g.scope.frames):
        if fr.kind == "module":
            break
        out += [v for v in fr.vars.values() if v.ty.kind == "int" and not v.readonly]
        if fr.kind == "function":
            break
    return out


def late_binding(g):
    """Closures made in a loop see the loop variable's last value; a default argument captures it."""
    fs, i, f = g.fresh("fs"), g.fresh("i"), g.fresh("fn")
    n = g.c.between(1, 4)
    k = g.c.between(-3, 3)
    if g.c.coin(50):
        g.emit("%s = [lambda: %s + %d for %s in range(%d)]" % (fs, i, k, i, n))
    else:
        g.emit("%s = [lambda %s=%s: %s + %d for %s in range(%d)]" % (fs, i, i, i, k, i, n))
    g.emit("print(_fmt([%s() for %s in %s]))" % (f, f, fs))
    g.use("functions")
    return True


def mutable_default(g):
    """A list default is shared across calls."""
    name = g.memo.get("mutable_default")
    if name is None:
        name = g.memo["mutable_default"] = g.fresh("acc")
        with g.definition(budget=10):
            g.out.line("def %s(x, seen=[]):" % name)
            g.out.line("    if len(seen) < 6:")
            g.out.line("        seen.append(x)")
            g.out.line("    return len(seen)")
    x, rx = g.expr("int", 1)
    v = g.new_var(Int(0, 6))
    g.emit("%s = %s(%s)" % (v.name, name, V.wrap_int(x, rx, Int(0, 99))))
    g.emit("print('%s = ' + _fmt(%s))" % (v.name, v.name))
    g.use("functions")
    return True


FORMS = {"call": call_statement, "recursion": recursion, "closure": closure,
         "late_binding": late_binding, "mutable_default": mutable_default}
