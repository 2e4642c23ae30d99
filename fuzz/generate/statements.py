"""Statements: assignments, prints, in-place updates, and control flow.

Every assignment keeps the target's declared type true (`g.fit`), in-place
operators are followed by a re-wrap, list growth is guarded by the declared
maximum length.  Loops are bounded by construction: `for` over a literal
range or a snapshot of a bounded container, `while` with a counter.  Each
loop multiplies the cost of its body, so the budget bounds the whole run.
"""
from __future__ import annotations

from . import values as V
from .values import Int, List, Str
from .expressions import FLOAT_VAR

VALUE_KINDS = (("int", None, 10), ("bool", None, 2), ("float", "arithmetic", 3), ("str", "strings", 5),
               ("list", "containers", 4), ("dict", "containers", 2))


def _kind(g, feature=None):
    options = [(w, k) for k, feat, w in VALUE_KINDS
               if (feat is None or g.on(feat)) and (feature is None or feat == feature or feature == "*")]
    return g.c.weighted(options)


def declared(g, kind, have):
    """The invariant type for a new variable first assigned a value of type `have`."""
    if kind == "int":
        want = g.int_type()
        if have.within(want) and have.lo < have.hi and g.c.coin(50):
            return have          # keep the value's own (narrower) range: later writes wrap into it
        return want
    if kind == "float":
        return FLOAT_VAR
    if kind == "str":
        return Str(max(have.maxlen, g.c.pick((4, 8, 16))))
    if kind == "list":
        return List(V.int_hull(have.elem, Int(-50, 50)) if have.elem.magnitude <= 10 ** 6 else Int(0, 999),
                    max(have.maxlen, g.c.pick((4, 8, 12))))
    if kind == "dict":
        return V.Dict(V.int_hull(have.val, Int(-100, 100)) if have.val.magnitude <= 10 ** 6 else Int(0, 999))
    return have


def assign_new(g, kind):
    code, have = g.expr(kind)
    want = declared(g, kind, have)
    var = g.new_var(want)
    g.emit("%s = %s" % (var.name, g.fit(code, have, want)))
    return var


def assign_existing(g, kind):
    targets = g.scope.visible((kind,), writable=True)
    if not targets:
        return False
    var = g.c.pick(targets)
    code, have = g.expr(kind)
    g.emit("%s = %s" % (var.name, g.fit(code, have, var.ty)))
    return True


def augmented(g, kind):
    targets = g.scope.visible((kind,), writable=True)
    if not targets:
        return False
    var = g.c.pick(targets)
    t = var.ty
    if kind == "int":
        code, have = g.expr("int", 2)
        op = g.c.pick(("+=", "-=", "*=", "//=", "%=", "^=", "|=", "&="))
        if op in ("//=", "%="):
            from .expressions import nonzero_divisor
            code, have = nonzero_divisor(g, 1)
        elif op in ("^=", "|=", "&="):
            code, have = "abs(%s)" % code, Int(0, have.magnitude)
            g.emit("%s = abs(%s)" % (var.name, var.name))
        g.emit("%s %s %s" % (var.name, op, code))
        g.emit("%s = %s" % (var.name, V.wrap_int(var.name, Int(t.lo - 1, t.hi + 1), t)))
        return True
    if kind == "str":
        code, have = g.expr("str", 2)
        g.emit("%s += %s" % (var.name, code))
        g.emit("%s = %s[:%d]" % (var.name, var.name, t.maxlen))
        return True
    if kind == "float":
        code, have = g.expr("float", 2)
        g.emit("%s %s %s" % (var.name, g.c.pick(("+=", "-=")), code))
        g.emit("%s = %s" % (var.name, "(%s %% %s)" % (var.name, V.float_literal(t.bound, 0))))
        return True
    return False


def list_mutation(g):
    targets = g.scope.visible(("list",), writable=False)
    if not targets:
        return False
    var = g.c.pick(targets)        # mutating through a name never rebinds it: read-only names are fine
    t, name = var.ty, var.name
    m = g.c.below(7)
    x, rx = g.expr("int", 2)
    x = V.wrap_int(x, rx, t.elem)
    if m == 0:
        g.emit("if len(%s) < %d:" % (name, t.maxlen))
        g.out.indent += 1
        g.emit("%s.append(%s)" % (name, x))
        g.out.indent -= 1
    elif m == 1:
        g.emit("if %s:" % name)
        g.out.indent += 1
        g.emit("%s[%s %% len(%s)] = %s" % (name, g.c.between(0, 9), name, x))
        g.out.indent -= 1
    elif m == 2:
        g.emit("%s.sort()" % name if g.c.coin(50) else "%s.reverse()" % name)
    elif m == 3:
        g.emit("if %s:" % name)
        g.out.indent += 1
        g.emit("%s.pop(%s)" % (name, g.c.pick(("", "0", "-1"))))
        g.out.indent -= 1
    elif m == 4:
        src, ts = g.expr("list", 2)
        g.emit("%s.extend(%s)" % (name, g.fit(src, ts, List(t.elem, ts.maxlen))))
        g.emit("del %s[%d:]" % (name, t.maxlen))
    elif m == 5:
        g.emit("%s.insert(%d, %s)" % (name, g.c.between(-2, 3), x))
        g.emit("del %s[%d:]" % (name, t.maxlen))
    else:
        g.emit("%s[%d:%d] = [%s]" % (name, g.c.between(0, 2), g.c.between(1, 4), x))
        g.emit("del %s[%d:]" % (name, t.maxlen))
    return True


def dict_mutation(g):
    targets = g.scope.visible(("dict",))
    if not targets:
        return False
    var = g.c.pick(targets)
    name, t = var.name, var.ty
    key = g.c.pick(V.KEYS)
    x, rx = g.expr("int", 2)
    x = V.wrap_int(x, rx, t.val)
    m = g.c.below(5)
    if m == 0:
        g.emit("%s['%s'] = %s" % (name, key, x))
    elif m == 1:
        g.emit("%s.setdefault('%s', %s)" % (name, key, x))
    elif m == 2:
        g.emit("%s.pop('%s', None)" % (name, key))
    elif m == 3:
        g.emit("if '%s' in %s:" % (key, name))
        g.out.indent += 1
        g.emit("del %s['%s']" % (name, key))
        g.out.indent -= 1
    else:
        g.emit("%s.update({'%s': %s})" % (name, key, x))
    return True


def value_statement(g, feature):
    """An assignment or update of a value of the family's kinds."""
    kind = _kind(g, feature)
    r = g.c.below(10)
    if r < 4 or not g.scope.visible((kind,), writable=True):
        assign_new(g, kind)
        return True
    if r < 7:
        return assign_existing(g, kind)
    if kind == "list":
        return list_mutation(g)
    if kind == "dict":
        return dict_mutation(g)
    return augmented(g, kind) or assign_existing(g, kind)


def print_statement(g):
    kind = _kind(g, "*")
    vs = g.scope.visible((kind,))
    if vs and g.c.coin(60):
        v = g.c.pick(vs)
        g.emit("print('%s = ' + _fmt(%s))" % (v.name, v.name))
        return True
    code, _ = g.expr(kind, 2)
    g.emit("print(_fmt(%s))" % code)
    return True


# -- control flow ----------------------------------------------------------------------

def control_statement(g):
    if not g.can_nest():
        return False
    # (the match form last, weight 0 outside py310: py3 programs stay byte for byte)
    form = g.c.weighted([(4, "if"), (3, "for"), (2, "for_each"), (1, "while"), (1, "jump"),
                         (3 if g.d.match_ else 0, "match")])
    if form == "match":
        from .patterns import match_statement
        return match_statement(g)
    return CONTROL[form](g)


def if_statement(g):
    cond, _ = g.expr("bool")
    with g.block("if %s:" % cond):
        g.body()
    for _ in range(g.c.between(0, 2)):
        cond, _ = g.expr("bool")
        with g.block("elif %s:" % cond):
            g.body()
    if g.c.coin(50):
        with g.block("else:"):
            g.body()
    return True


def for_range(g):
    n = g.c.between(0, 6)
    start = g.c.between(-2, 3)
    i = g.fresh("i")
    with g.block("for %s in range(%d, %d):" % (i, start, start + n), trips=max(n, 1), loop=True):
        g.scope.add(_loop_var(i, Int(start, max(start, start + n - 1))))
        g.body(1, 3)
    loop_else(g)
    return True


def for_each(g):
    kind = g.c.weighted([(3, "list"), (2 if g.on("containers") else 0, "dict"), (2 if g.on("strings") else 0, "str")])
    src, t = g.expr(kind, 2)
    x = g.fresh("x")
    if kind == "list":
        header, n, ty = "for %s in list(%s):" % (x, src), t.maxlen, t.elem
    elif kind == "dict":
        header, n, ty = "for %s in sorted(%s):" % (x, src), len(V.KEYS), Str(1)
    else:
        header, n, ty = "for %s in %s:" % (x, src), t.maxlen, Str(1)
    if ty.kind == "str" and not g.on("strings"):
        ty = None
    with g.block(header, trips=max(n, 1), loop=True):
        if ty is not None:
            g.scope.add(_loop_var(x, ty))
        g.body(1, 3)
    loop_else(g)
    return True


def while_loop(g):
    n = g.c.between(1, 6)
    w = g.fresh("w")
    g.emit("%s = 0" % w)
    cond, _ = g.expr("bool", 1)
    with g.block("while %s < %d and (%s or %s == 0):" % (w, n, cond, w), trips=n, loop=True):
        g.emit("%s += 1" % w)
        g.body(1, 3)
    return True


def loop_else(g):
    if g.c.coin(15):
        with g.block("else:"):
            g.body(1, 1)


def jump_statement(g):
    """break/continue under a condition, inside a loop."""
    if not g.scope.in_loop:
        return False
    cond, _ = g.expr("bool", 1)
    with g.block("if %s:" % cond):
        if g.c.coin(50):
            print_statement(g)
        g.emit(g.c.pick(("break", "continue")))
    return True


def _loop_var(name, ty):
    from .scope import Var
    return Var(name, ty, readonly=True)


CONTROL = {"if": if_statement, "for": for_range, "for_each": for_each, "while": while_loop, "jump": jump_statement}


