"""Strings: ASCII-only values with a known maximum length, and formatting.

Only letters, digits and a few punctuation characters ever appear, so repr()
is the same on every engine and both language levels (no unicode, no escapes).
`%` and str.format are used in both dialects; f-strings only in py3.
"""
from __future__ import annotations

from .values import Int, Bool, Str
from .expressions import variable

MAX_STR = 48
ALPHABET = "abcdefghxyz"


def str_literal(g):
    n = g.c.between(0, 4)
    s = "".join(g.c.pick(ALPHABET) for _ in range(n))
    return "'%s'" % s, Str(n)


def _str(g, depth):
    return g.expr("str", depth)


def _bounded(code, ty):
    return (code, ty) if ty.maxlen <= MAX_STR else None


def str_concat(g, depth):
    a, ta = _str(g, depth)
    b, tb = _str(g, depth)
    return _bounded("(%s + %s)" % (a, b), Str(ta.maxlen + tb.maxlen))


def str_slice(g, depth):
    a, ta = _str(g, depth)
    form = g.c.below(4)
    if form == 0:
        i, j = g.c.between(-3, 4), g.c.between(-2, 6)
        return "%s[%d:%d]" % (a, i, j), ta
    if form == 1:
        return "%s[::-1]" % a, ta
    if form == 2:
        return "%s[::%d]" % (a, g.c.pick((2, 3, -2))), ta
    return "%s[%d:]" % (a, g.c.between(0, 3)), ta


def str_method(g, depth):
    a, ta = _str(g, depth)
    m = g.c.below(6)
    if m == 0:
        return "%s.upper()" % a, ta
    if m == 1:
        return "%s.lower()" % a, ta
    if m == 2:
        return "%s.swapcase()" % a, ta
    if m == 3:
        return _bounded("%s.replace('%s', '%s')" % (a, g.c.pick(ALPHABET), g.c.pick(("", "q", "qr"))),
                        Str(ta.maxlen * 2))
    if m == 4:
        return "%s.strip('%s')" % (a, g.c.pick(ALPHABET)), ta
    return "''.join(sorted(%s))" % a, ta


def str_repeat(g, depth):
    a, ta = _str(g, depth)
    k = g.c.between(0, 3)
    return _bounded("(%s * %d)" % (a, k), Str(ta.maxlen * k))


def _digits(r: Int) -> int:
    return len(str(r.magnitude)) + 1


def str_of_int(g, depth):
    a, ra = g.expr("int", depth)
    return _bounded("str(%s)" % a, Str(_digits(ra)))


def str_format(g, depth):
    a, ra = g.expr("int", depth)
    s, ts = _str(g, depth)
    form = g.c.below(3 if g.d.fstrings else 2)
    n = _digits(ra) + ts.maxlen + 1
    if form == 0:
        return _bounded("('%%s:%%d' %% (%s, %s))" % (s, a), Str(n))
    if form == 1:
        return _bounded("'{}/{}'.format(%s, %s)" % (a, s), Str(n))
    # f-string operands are plain names: a nested quote would not parse before 3.12
    va, vs = g.scope.visible(("int",)), g.scope.visible(("str",))
    if not va or not vs:
        return None
    x, y = g.c.pick(va), g.c.pick(vs)
    return _bounded('f"{%s}-{%s}"' % (x.name, y.name), Str(_digits(x.ty) + y.ty.maxlen + 1))


def str_char(g, depth):
    a, ra = g.expr("int", depth)
    return "chr(97 + %s %% 26)" % a, Str(1)


def str_index(g, depth):
    a, ta = _str(g, depth)
    i, _ = g.expr("int", depth)
    s = g.fresh("s")
    # bound once: `i` may call a function that rebinds a global the string came from
    return "(lambda %s: %s[%s %% len(%s)] if %s else 'z')(%s)" % (s, s, i, s, s, a), Str(1)


def str_join(g, depth):
    from .containers import _list
    src, tl = _list(g, depth)
    n = tl.maxlen * (_digits(tl.elem) + 1)
    x = g.fresh("x")
    return _bounded("'-'.join([str(%s) for %s in %s])" % (x, x, src), Str(n))


def str_cond(g, depth):
    c, _ = g.expr("bool", depth)
    a, ta = _str(g, depth)
    b, tb = _str(g, depth)
    return "(%s if %s else %s)" % (a, c, b), Str(max(ta.maxlen, tb.maxlen))


STR_PRODUCTIONS = [
    (2, lambda g, d: str_literal(g), None),
    (6, lambda g, d: variable(g, "str"), None),
    (4, str_concat, None),
    (3, str_slice, None),
    (3, str_method, None),
    (1, str_repeat, None),
    (2, str_of_int, None),
    (3, str_format, None),
    (1, str_char, None),
    (1, str_index, None),
    (1, str_join, "containers"),
    (1, str_cond, "control"),
]


# -- ints and bools computed from strings -------------------------------------------

def int_len(g, depth):
    if not g.on("strings"):
        return None
    a, ta = _str(g, depth)
    return "len(%s)" % a, Int(0, ta.maxlen)


def int_find(g, depth):
    if not g.on("strings"):
        return None
    a, ta = _str(g, depth)
    if g.c.coin(50):
        return "%s.find('%s')" % (a, g.c.pick(ALPHABET)), Int(-1, max(ta.maxlen - 1, 0))
    return "%s.count('%s')" % (a, g.c.pick(ALPHABET)), Int(0, ta.maxlen)


def int_ord(g, depth):
    if not g.on("strings"):
        return None
    a, _ = _str(g, depth)
    return "ord((%s + 'a')[0])" % a, Int(32, 126)


def bool_str(g, depth):
    if not g.on("strings"):
        return None
    a, _ = _str(g, depth)
    m = g.c.below(4)
    if m == 0:
        return "%s.startswith('%s')" % (a, g.c.pick(ALPHABET)), Bool()
    if m == 1:
        return "('%s' in %s)" % (g.c.pick(ALPHABET), a), Bool()
    if m == 2:
        return "%s.isalpha()" % a, Bool()
    return "%s.endswith('%s')" % (a, g.c.pick(ALPHABET)), Bool()


INT_PRODUCTIONS = [(2, int_len, "strings"), (1, int_find, "strings"), (1, int_ord, "strings")]
BOOL_PRODUCTIONS = [(2, bool_str, "strings")]
