"""Classes: inheritance with diamonds, super, properties, descriptors, class/static methods, __slots__.

A hierarchy is written as one definition: a root, two children, and (often)
a diamond below them, with cooperative `super` calls, so `who()` spells the
MRO.  Every field has a declared int range; a descriptor field clamps
whatever it is given with `%`, so it accepts any int.  `ClassInfo` is what
expressions know about instances: fields, the int methods, the property.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import values as V
from .values import Int, Obj
from .scope import Var

FIELD = Int(-1000, 1000)


@dataclass
class ClassInfo:
    name: str
    bases: list                                  # ClassInfo parents ([] = object)
    fields: dict = field(default_factory=dict)   # name -> Int (what reading gives)
    clamped: set = field(default_factory=set)    # descriptor fields: any int may be assigned
    slots: bool = False
    method_cost: int = 4
    has: frozenset = frozenset()                 # optional members: property, make, helper, calc
    calc_cost: int = 1

    def state_fields(self):
        return list(self.fields)


def _root_line(g, name, bases):
    return "class %s(%s):" % (name, ", ".join(b.name for b in bases) or "object")


def _descriptor(g):
    name = g.memo.get("descriptor")
    if name is None:
        name = g.memo["descriptor"] = g.fresh("Clamp")
        with g.definition(budget=1):
            for line in ("class %s(object):" % name,
                         "    def __init__(self, name, m):",
                         "        self.name = '_' + name",
                         "        self.m = m",
                         "    def __get__(self, obj, owner):",
                         "        if obj is None:",
                         "            return self",
                         "        return getattr(obj, self.name, 0)",
                         "    def __set__(self, obj, value):",
                         "        setattr(obj, self.name, value % self.m)"):
                g.out.line(line)
    return name


def define_hierarchy(g):
    has = frozenset(m for m in ("property", "make", "helper") if g.c.coin(50))
    root = ClassInfo(g.fresh("C"), [], {"a": FIELD, "b": FIELD}, slots=g.c.coin(30), has=has)
    use_descr = not root.slots and g.c.coin(50)
    descr = _descriptor(g) if use_descr else None
    kids = [ClassInfo(g.fresh("C"), [root], root.fields, root.clamped, has=has) for _ in range(2)]
    diamond = g.c.coin(60)
    bottom = ClassInfo(g.fresh("C"), kids, root.fields, root.clamped, has=has) if diamond else None
    with g.definition(budget=40):
        _write_root(g, root, descr)
        for i, k in enumerate(kids):
            _write_child(g, k, "k%d" % i)
        if bottom:
            _write_child(g, bottom, "bottom")
    g.classes += [root] + kids + ([bottom] if bottom else [])
    g.use("classes")
    return root


def _write_root(g, c, descr):
    g.out.line(_root_line(g, c.name, []))
    g.out.line("    count = 0")
    if g.d.match_:
        # (py310: positional sub-patterns of class patterns; no choice drawn, so
        # the other dialects' programs are unchanged)
        g.out.line("    __match_args__ = ('a', 'b')")
    if c.slots:
        g.out.line("    __slots__ = ('a', 'b')")
    if descr:
        m = g.c.between(5, 200)
        g.out.line("    d = %s('d', %d)" % (descr, m))
        c.fields["d"] = Int(0, m - 1)
        c.clamped.add("d")
    g.out.line("")
    g.out.line("    def __init__(self, a, b):")
    g.out.line("        self.a = %s" % V.wrap_int("a", Int(-HUGE, HUGE), FIELD))
    g.out.line("        self.b = %s" % V.wrap_int("b", Int(-HUGE, HUGE), FIELD))
    g.out.line("        %s.count += 1" % c.name)
    g.out.line("")
    k = g.c.between(1, 5)
    g.out.line("    def m(self, x):")
    g.out.line("        return %s" % V.wrap_int("(self.a * %d + x - self.b)" % k, Int(-HUGE, HUGE), FIELD))
    g.out.line("")
    g.out.line("    def who(self):")
    g.out.line("        return '%s'" % c.name)
    g.out.line("")
    if g.c.coin(60):
        _write_calc(g, c)
    if "property" in c.has:
        g.out.line("    @property")
        g.out.line("    def total(self):")
        g.out.line("        return self.a + self.b")
        g.out.line("")
        g.out.line("    @total.setter")
        g.out.line("    def total(self, v):")
        g.out.line("        self.a = %s" % V.wrap_int("(v - self.b)", Int(-HUGE, HUGE), FIELD))
        g.out.line("")
    if "make" in c.has:
        g.out.line("    @classmethod")
        g.out.line("    def make(cls, x):")
        g.out.line("        return cls(x, x + %d)" % g.c.between(0, 9))
        g.out.line("")
    if "helper" in c.has:
        g.out.line("    @staticmethod")
        g.out.line("    def helper(x, y):")
        g.out.line("        return %s" % V.wrap_int("(x * y + %d)" % g.c.between(0, 9), Int(-HUGE, HUGE), FIELD))
        g.out.line("")


HUGE = 10 ** 30


def _write_calc(g, c):
    """A method with a generated, typed body: it sees `self` (fields, m, total) and `x`."""
    g.out.indent += 1
    with g.measure(budget=60) as cost:
        with g.block("def calc(self, x):", kind="function"):
            g.scope.add(Var("self", Obj(c), readonly=True))
            g.scope.add(Var("x", FIELD, readonly=True))
            g.body(1, 3)
            code, have = g.expr("int")
            g.emit("return %s" % V.wrap_int(code, have, FIELD))
    c.calc_cost = cost.used + 1
    c.has = c.has | {"calc"}        # only now: the body must not call calc itself
    g.out.indent -= 1
    g.out.line("")


def _write_child(g, c, tag):
    sup = g.d.super_call(c.name)
    g.out.line(_root_line(g, c.name, c.bases))
    k = g.c.between(1, 9)
    g.out.line("    def m(self, x):")
    g.out.line("        return %s" % V.wrap_int("(%s.m(x) + %d)" % (sup, k), Int(-HUGE, HUGE), FIELD))
    g.out.line("")
    g.out.line("    def who(self):")
    g.out.line("        return '%s' + %s.who()" % (c.name, sup))
    if g.c.coin(40):
        g.out.line("")
        g.out.line("    def __init__(self, a, b):")
        g.out.line("        %s.__init__(%s)" % (sup, "b, a" if g.c.coin(50) else "a + 1, b"))
    g.out.line("")


def instances(g):
    return g.scope.visible(("obj",))


def _cls_expr(g, c, depth):
    """A new instance of c: by constructor or by the classmethod."""
    a, ra = g.expr("int", depth)
    if "make" in c.has and g.c.coin(25):
        return "%s.make(%s)" % (c.name, V.wrap_int(a, ra, FIELD))
    b, rb = g.expr("int", depth)
    return "%s(%s, %s)" % (c.name, a, b)


# -- int expressions over instances ---------------------------------------------------

def field_expr(g, depth):
    objs = instances(g)
    if not objs:
        return None
    o = g.c.pick(objs)
    f = g.c.pick(list(o.ty.cls.fields))
    return "%s.%s" % (o.name, f), o.ty.cls.fields[f]


def method_expr(g, depth):
    objs = instances(g)
    if not objs:
        return None
    o = g.c.pick(objs)
    r = g.c.below(3)
    if r == 0 and "calc" in _root(o.ty.cls).has and g.affordable(_root(o.ty.cls).calc_cost) and g.c.coin(50):
        x, rx = g.expr("int", depth)
        g.charge(_root(o.ty.cls).calc_cost)
        return "%s.calc(%s)" % (o.name, V.wrap_int(x, rx, FIELD)), FIELD
    if r == 0 or (r == 1 and "property" not in o.ty.cls.has) or (r == 2 and "helper" not in o.ty.cls.has):
        x, rx = g.expr("int", depth)
        g.charge(o.ty.cls.method_cost)
        return "%s.m(%s)" % (o.name, V.wrap_int(x, rx, FIELD)), FIELD
    if r == 1:
        return "%s.total" % o.name, Int(2 * FIELD.lo, 2 * FIELD.hi)
    x, rx = g.expr("int", depth)
    return "%s.helper(%s, 3)" % (o.name, V.wrap_int(x, rx, FIELD)), FIELD


INT_PRODUCTIONS = [(3, field_expr, "classes"), (2, method_expr, "classes")]


# -- statements ------------------------------------------------------------------------

def statement(g):
    if g.d.class_assign and g.c.coin(8):
        return class_change_loop(g)
    objs = instances(g)
    if not g.classes or (len(g.classes) < 8 and g.c.coin(15)):
        define_hierarchy(g)
    if not objs or g.c.coin(25):
        return new_instance(g)
    form = g.c.below(5)
    o = g.c.pick(objs)
    c = o.ty.cls
    if form == 0:
        f = g.c.pick(list(c.fields))
        x, rx = g.expr("int")
        g.emit("%s.%s = %s" % (o.name, f, x if f in c.clamped else V.wrap_int(x, rx, c.fields[f])))
    elif form == 1 and "property" in c.has:
        x, rx = g.expr("int", 2)
        g.emit("%s.total = %s" % (o.name, V.wrap_int(x, rx, FIELD)))
    elif form <= 2:
        g.emit("print(%s.who() + ' ' + _fmt([k.__name__ for k in type(%s).__mro__]))" % (o.name, o.name))
    elif form == 3:
        other = g.c.pick(g.classes)
        g.emit("print(_fmt([isinstance(%s, %s), issubclass(type(%s), %s), %s.count > 0]))"
               % (o.name, other.name, o.name, other.name, other.name))
    else:
        if not c.slots and not _root(c).slots:
            g.emit("%s.extra = %d" % (o.name, g.c.between(0, 9)))
            g.emit("print(_fmt(sorted([k for k in vars(%s) if not k.startswith('_')])))" % o.name)
        else:
            with g.block("try:"):
                g.emit("%s.extra = 1" % o.name)
                g.emit("print('no slots?')")
            with g.block("except AttributeError:"):
                g.emit("print('AttributeError')")
    return True


def class_change_loop(g):
    """A loop shaped for JITs around a class change it cannot see: each
    iteration reads an instance's attribute and method, calls a function with
    a loop of its own (a tracing JIT leaves such a call a call), and reads them
    again; on one iteration past the middle, or every few, the call assigns
    the instance's __class__ (to a class whose property shadows the
    attribute, and back).  A JIT that keeps what it checked about the object
    across the call reads the old class's attribute (refvm's did until
    2026-12-05)."""
    trips = g.c.between(30, 120)
    work = g.c.between(2, 8)
    cost = trips * (work * 2 + 10)
    if not g.affordable(cost):
        return False
    name = g.fresh("sw")
    a, b = name.capitalize() + "A", name.capitalize() + "B"
    m = g.c.between(1, 3)
    shadow = g.c.between(-9, 9)
    if g.c.coin(50):
        when = "i == %d" % g.c.between(trips // 2, trips - 1)
    else:
        every = g.c.between(3, 11)
        when = "i %% %d == %d" % (every, g.c.below(every))
    with g.definition(budget=cost):
        for line in ("class %s(object):" % a,
                     "    def __init__(self, v):",
                     "        self.v = v",
                     "    def get(self):",
                     "        return self.v + %d" % g.c.between(1, 9),
                     "class %s(object):" % b,
                     "    @property",
                     "    def v(self):",
                     "        return %d" % shadow,
                     "    def get(self):",
                     "        return %d" % g.c.between(100, 999),
                     "def %s_call(o, i):" % name,
                     "    n = 0",
                     "    for k in range(%d):" % work,
                     "        n += k",
                     "    if %s:" % when,
                     "        o.__class__ = %s if type(o) is %s else %s" % (b, a, a),
                     "    return n",
                     "def %s(n):" % name,
                     "    objs = [%s(i) for i in range(%d)]" % (a, m),
                     "    t = 0",
                     "    for i in range(n):",
                     "        o = objs[i %% %d]" % m,
                     "        t += o.v + o.get()",
                     "        t += %s_call(o, i)" % name,
                     "        t += o.v + o.get()",
                     "    return t"):
            g.out.line(line)
    g.emit("print(_fmt(%s(%d)))" % (name, trips), cost=cost)
    return True


def _root(c):
    while c.bases:
        c = c.bases[0]
    return c


def new_instance(g):
    c = g.c.pick(g.classes)
    code = _cls_expr(g, c, 2)
    g.charge(c.method_cost)
    v = g.new_var(Obj(c), prefix="o")
    g.emit("%s = %s" % (v.name, code))
    g.emit("print(%s.who() + ' ' + _fmt([%s]))" % (v.name, ", ".join("%s.%s" % (v.name, f) for f in c.fields)))
    return True
