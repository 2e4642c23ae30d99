"""Assembly: a unit's emitted instructions (with labels) -> a Code object."""
from math import copysign as _copysign

from refvm.compiler.code import Code


class Label(object):
    __slots__ = ("pos",)

    def __init__(self):
        self.pos = -1


class Unit(object):
    """One code object being built: instructions, constants, names, variables."""

    def __init__(self, scope, name, qualname, firstlineno):
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstlineno = firstlineno
        self.instrs = []          # [opname, arg, lineno]
        self.consts = []
        self._const_index = {}
        self.names = []
        self._name_index = {}
        self.varnames = []
        self.fblocks = []
        self.label_positions = set()
        self.lineno = firstlineno
        self.has_docstring = False

    def add_const(self, value):
        key = _const_key(value) if _hashable(value) else None
        if key is not None and key in self._const_index:
            return self._const_index[key]
        self.consts.append(value)
        idx = len(self.consts) - 1
        if key is not None:
            self._const_index[key] = idx
        return idx

    def add_name(self, name):
        if name not in self._name_index:
            self._name_index[name] = len(self.names)
            self.names.append(name)
        return self._name_index[name]

    def add_varname(self, name):
        if name not in self.varnames:
            self.varnames.append(name)
        return self.varnames.index(name)


def _const_key(v):
    """What makes two constants one entry, as CPython's _PyCode_ConstantKey:
    equal values of one type, a zero's sign told apart (0.0 and -0.0, folded
    from `-0.0`, are two constants), item by item in a tuple or frozenset
    ((1,) and (True,), (0.0,) and (-0.0,) too)."""
    t = type(v)
    if t is float:
        return (t, v, _copysign(1.0, v)) if v == 0.0 else (t, v)
    if t is complex:
        return (t, v, _copysign(1.0, v.real), _copysign(1.0, v.imag))
    if t is tuple:
        return (t, tuple(_const_key(x) for x in v))
    if t is frozenset:
        return (t, frozenset(_const_key(x) for x in v))
    return (t, v)


def _hashable(v):
    if isinstance(v, (tuple, frozenset)):
        return all(_hashable(x) for x in v) and not any(isinstance(x, float) and x != x
                                                        for x in v)
    if isinstance(v, float) and v != v:
        return False
    try:
        hash(v)
    except TypeError:
        return False
    return not hasattr(v, "ops")


def assemble(unit, filename, flags, argcount, posonly, kwonly, opcodes):
    ops, args, lines = [], [], []
    for opname, arg, line in unit.instrs:
        ops.append(opcodes[opname])
        if isinstance(arg, Label):
            arg = arg.pos
        elif isinstance(arg, tuple):
            arg = tuple(a.pos if isinstance(a, Label) else a for a in arg)
        args.append(arg if arg is not None else 0)
        lines.append(line)
    scope = unit.scope
    return Code(unit.name, unit.qualname, filename, unit.firstlineno, flags, argcount, posonly,
                kwonly, list(unit.varnames), list(scope.cellvars), list(scope.freevars),
                list(unit.names), list(unit.consts), ops, args, lines, unit.has_docstring)
