"""Operator dispatch: the rules of the data model that engines get subtly wrong.

Scenarios, each a small family of classes (written once per program) and a
use of them with values from the typed environment:
  binary      __add__/__radd__, NotImplemented, a subclass's reflected method first,
              in-place fallback to __add__ versus a real __iadd__
  compare     only __lt__ defined (a > b reflects), __eq__/__ne__/__hash__ in sets and dicts;
              (py3) a chained comparison as a condition whose results count their
              __bool__ calls: each is asked once (PyPy 7.3.11 asks a false one twice)
  truth       __len__ alone, __bool__ (and __nonzero__ for 2.7) overriding it
  container   iteration through __getitem__ and IndexError, __iter__, __contains__
  getattr     __getattr__ only for missing names
Methods print their own name where the call order is defined by the
language, never where it depends on an algorithm (no prints from sort keys).
"""
from __future__ import annotations

from . import values as V
from .values import Int

W = Int(-1000, 1000)
ANY = Int(-10 ** 30, 10 ** 30)


def _define(g, key, lines):
    name = g.memo.get(key)
    if name is None:
        name = g.memo[key] = g.fresh(key.capitalize())
        with g.definition(budget=1):
            for line in lines(name):
                g.out.line(line)
    return name


def _w(code):
    return V.wrap_int(code, ANY, W)


def _binary_lines(n):
    sub = n + "s"
    return [
        "class %s(object):" % n,
        "    def __init__(self, v):",
        "        self.v = v",
        "    def __add__(self, other):",
        "        print('%s.__add__')" % n,
        "        if isinstance(other, %s):" % n,
        "            return %s(%s)" % (n, _w("(self.v + other.v)")),
        "        if type(other) in _INTS:",
        "            return %s(%s)" % (n, _w("(self.v + other)")),
        "        return NotImplemented",
        "    def __radd__(self, other):",
        "        print('%s.__radd__')" % n,
        "        if type(other) in _INTS:",
        "            return %s(%s)" % (n, _w("(other * 2 + self.v)")),
        "        return NotImplemented",
        "    def __mul__(self, other):",
        "        print('%s.__mul__')" % n,
        "        if type(other) in _INTS:",
        "            return %s(%s)" % (n, _w("(self.v * other)")),
        "        return NotImplemented",
        "",
        "",
        "class %s(%s):" % (sub, n),
        "    def __radd__(self, other):",
        "        print('%s.__radd__')" % sub,
        "        if isinstance(other, %s):" % n,
        "            return %s(%s)" % (sub, _w("(other.v * 3 - self.v)")),
        "        return %s.__radd__(self, other)" % n,
        "    def __iadd__(self, other):",
        "        print('%s.__iadd__')" % sub,
        "        self.v = %s" % _w("(self.v + (other.v if isinstance(other, %s) else other))" % n),
        "        return self",
    ]


def binary(g):
    n = _define(g, "num", _binary_lines)
    a, ra = g.expr("int", 1)
    b, rb = g.expr("int", 1)
    a, b = _w(a), _w(b)
    form = g.c.below(6)
    if form == 0:
        g.emit("print(_fmt((%s(%s) + %s(%s)).v))" % (n, a, n, b))
    elif form == 1:
        g.emit("print(_fmt((%s(%s) + %s).v))" % (n, a, b))
    elif form == 2:
        g.emit("print(_fmt((%s + %s(%s)).v))" % (a, n, b))
    elif form == 3:     # the right operand's class is a subclass that overrides __radd__: it goes first
        g.emit("print(_fmt((%s(%s) + %ss(%s)).v))" % (n, a, n, b))
    elif form == 4:     # no __iadd__: += rebinds to a new object; with __iadd__: same object
        x, y = g.fresh("x"), g.fresh("y")
        cls = g.c.pick((n, n + "s"))
        g.emit("%s = %s(%s)" % (x, cls, a))
        g.emit("%s = %s" % (y, x))
        g.emit("%s += %s" % (x, b))
        g.emit("print(_fmt([%s.v, %s.v, %s is %s]))" % (x, y, x, y))
    else:              # both sides say NotImplemented: TypeError
        with g.block("try:"):
            g.emit("print(_fmt((%s(%s) * %s(%s)).v))" % (n, a, n, b))
        with g.block("except TypeError:"):
            g.emit("print('TypeError')")
    g.charge(4)
    return True


def _compare_lines(n):
    return [
        "class %s(object):" % n,
        "    last = ''",
        "    def __init__(self, v):",
        "        self.v = v",
        "    def __lt__(self, other):",
        "        %s.last = 'lt:%%d' %% self.v" % n,
        "        return self.v < other.v",
        "    def __eq__(self, other):",
        "        %s.last = 'eq:%%d' %% self.v" % n,
        "        return isinstance(other, %s) and self.v == other.v" % n,
        "    def __ne__(self, other):",
        "        return not self == other",
        "    def __hash__(self):",
        "        return hash(self.v)",
    ]


def _chain_lines(n):
    return [
        "class %s(object):" % n,
        "    asked = 0",
        "    def __init__(self, v):",
        "        self.v = v",
        "    def __lt__(self, other):",
        "        return %st(self.v < other.v)" % n,
        "class %st(object):" % n,
        "    def __init__(self, t):",
        "        self.t = t",
        "    def __bool__(self):",
        "        %s.asked += 1" % n,
        "        return self.t",
    ]


def chain(g):
    """A chained comparison used as a condition (if, a conditional expression,
    not, while), its results objects that count their __bool__ calls."""
    n = _define(g, "chain", _chain_lines)
    a, b, c = [_w(g.expr("int", 1)[0]) for _ in range(3)]
    test = "%s(%s) < %s(%s) < %s(%s)" % (n, a, n, b, n, c)
    form = g.c.below(4)
    if form == 0:
        with g.block("if %s:" % test):
            g.emit("print('chain: yes')")
        with g.block("else:"):
            g.emit("print('chain: no')")
    elif form == 1:
        g.emit("print(_fmt(1 if %s else 0))" % test)
    elif form == 2:
        g.emit("print(_fmt(not (%s)))" % test)
    else:
        with g.block("while %s:" % test):
            g.emit("print('chain: once')")
            g.emit("break")
    g.emit("print(_fmt(%s.asked))" % n)
    return True


def compare(g):
    if g.d.truth_once and g.c.coin(25):
        return chain(g)
    n = _define(g, "ord", _compare_lines)
    a, ra = g.expr("int", 1)
    b, rb = g.expr("int", 1)
    a, b = _w(a), _w(b)
    form = g.c.below(4)
    if form == 0:      # no __gt__: a > b is b.__lt__(a)
        g.emit("print(_fmt(%s(%s) > %s(%s)) + ' ' + %s.last)" % (n, a, n, b, n))
    elif form == 1:
        g.emit("print(_fmt([%s(%s) == %s(%s), %s(%s) != %s(%s)]))" % (n, a, n, b, n, a, n, a))
    elif form == 2:
        g.emit("print(_fmt(len(set([%s(%s), %s(%s), %s(%s)]))))" % (n, a, n, b, n, a))
    else:
        g.emit("print(_fmt(sorted([x.v for x in sorted([%s(%s), %s(%s), %s(3)])])))" % (n, a, n, b, n))
    return True


def _truth_lines(n):
    return [
        "class %s(object):" % n,
        "    def __init__(self, n):",
        "        self.n = n",
        "    def __len__(self):",
        "        return self.n",
        "",
        "",
        "class %sb(%s):" % (n, n),
        "    def __bool__(self):",
        "        return self.n % 2 == 1",
        "    __nonzero__ = __bool__",
    ]


def truth(g):
    n = _define(g, "sized", _truth_lines)
    a, ra = g.expr("int", 1)
    # int(): on Jython 2.7 a __len__ that returns a long (any value computed from one) is a
    # TypeError, where CPython 2.7 accepts it -- a known divergence, kept out of generated programs
    a = "int(%s)" % V.wrap_int(a, ra, Int(0, 20))
    g.emit("print(_fmt([bool(%s(%s)), bool(%sb(%s)), len(%sb(%s)), 1 if %s(%s) else 0, not %sb(%s)]))"
           % (n, a, n, a, n, a, n, a, n, a))
    return True


def _container_lines(n):
    return [
        "class %s(object):" % n,
        "    def __init__(self, n):",
        "        self.n = n",
        "    def __getitem__(self, i):",
        "        if i >= self.n:",
        "            raise IndexError(i)",
        "        return i * i",
        "",
        "",
        "class %sb(%s):" % (n, n),
        "    def __iter__(self):",
        "        return iter(range(self.n, 0, -1))",
        "    def __contains__(self, x):",
        "        return x == self.n",
    ]


def container(g):
    n = _define(g, "seq", _container_lines)
    a, ra = g.expr("int", 1)
    a = V.wrap_int(a, ra, Int(0, 6))
    x, rx = g.expr("int", 1)
    x = V.wrap_int(x, rx, Int(0, 9))
    k = g.fresh("k")
    g.emit("%s = %s" % (k, a))
    g.emit("print(_fmt([list(%s(%s)), %s in %s(%s), list(%sb(%s)), %s in %sb(%s), %s(%s)[0] if %s > 0 else -1]))"
           % (n, k, x, n, k, n, k, x, n, k, n, k, k))
    g.charge(8)
    return True


def _getattr_lines(n):
    return [
        "class %s(object):" % n,
        "    def __init__(self):",
        "        self.real = 1",
        "    def __getattr__(self, name):",
        "        if name.startswith('_'):",
        "            raise AttributeError(name)",
        "        return len(name)",
    ]


def getattr_(g):
    n = _define(g, "lazy", _getattr_lines)
    o = g.fresh("o")
    g.emit("%s = %s()" % (o, n))
    g.emit("print(_fmt([%s.real, %s.abc, getattr(%s, 'xy', 0), hasattr(%s, '_q'), getattr(%s, '_z', 7)]))"
           % (o, o, o, o, o))
    return True


SCENARIOS = {"binary": binary, "compare": compare, "truth": truth, "container": container, "getattr": getattr_}


def statement(g):
    return SCENARIOS[g.c.weighted([(5, "binary"), (3, "compare"), (2, "truth"), (2, "container"),
                                   (1, "getattr")])](g)
