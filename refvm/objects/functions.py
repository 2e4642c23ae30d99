"""Callables and descriptors: function, method, builtin functions, cell,
staticmethod, classmethod, property, getset and slot member descriptors."""
from refvm.errors import VMError
from refvm.objects import model, space
from refvm.objects.model import W_Object, NULL, typeof
from refvm.objects.typeobject import builtin_type, w_object

# Host exceptions that a host-implemented builtin may raise for a VM-level error
# (bad argument types/values, lookups, arithmetic).  Any other host exception
# escaping a builtin is a refvm bug and is reported as an internal error.
HOST_CONVERTIBLE = (ArithmeticError, LookupError, ValueError, TypeError, StopIteration,
                    OSError, EOFError, MemoryError, BufferError, NotImplementedError,
                    RuntimeError)


def call_host(fn, args, kwargs, owner=None, bound=False):
    """Call host function fn for the VM; owner: the builtin it implements (its
    owner() gives the name an arity error names, and whether it is a method),
    or None; bound: owner is a method descriptor bound to args[0] by
    attribute access (W_MethodDescr.call_bound)."""
    try:
        if kwargs:
            return fn(*args, **kwargs)
        return fn(*args)
    except VMError:
        raise
    except RecursionError:
        raise
    except TypeError as e:
        if e.__class__ is model.NotAnIndex:
            raise not_an_index_error(owner.name if owner.__class__ is W_MethodDescr
                                     else getattr(fn, "__name__", ""), args, e)
        # the method descriptor (bound or not) a method's error is about
        w_d = owner if owner.__class__ is W_MethodDescr else None
        if bound:
            owner = _Bound(w_d, typeof(args[0]))
        if e.__traceback__.tb_next is None and owner is not None and hasattr(fn, "__code__") \
                and (getattr(fn, "__module__", None) or "").startswith("refvm."):
            # the host function rejected its arguments: say so as CPython's C functions do
            raise arity_error(fn, owner.owner(), args, kwargs, w_d)
        if w_d is not None and e.__traceback__.tb_next is None and not kwargs:
            # the host method's own arity check names the type it is defined
            # on; a bound method's names its instance's (see call_bound).  (And
            # under a host profiler or tracer, coverage's, CPython 3.11 calls a
            # method descriptor bound to its first argument, so the host's
            # message names the host class: W_ListSub.__getitem__().)
            msg = str(e)
            at = msg.find(".%s() takes " % w_d.name)
            if at > 0 and msg[:at].isidentifier():
                from refvm.objects import exceptions as E
                raise space.oefmt(E.w_TypeError, owner.owner()[0] + msg[msg.index("() takes "):])
        if owner is not None and kwargs and owner.owner()[0] in _BARE_NO_KEYWORDS:
            # (the host's own method, called unbound: its message names the
            # type, which a bound call's does not)
            from refvm.objects import exceptions as E
            name = owner.owner()[0]
            if str(e) == "%s() takes no keyword arguments" % name:
                raise space.oefmt(E.w_TypeError, "%s() takes no keyword arguments"
                                  % name.rsplit(".", 1)[-1])
        raise space.wrap_host_exception(vm_named(e, args, kwargs))
    except HOST_CONVERTIBLE as e:
        raise space.wrap_host_exception(vm_named(e, args, kwargs))


_FIND_METHODS = frozenset(["find", "rfind", "index", "rindex", "count"])
_SLICING_METHODS = _FIND_METHODS | {"startswith", "endswith"}


def not_an_index_error(name, args, e):
    """The VMError for model.NotAnIndex e out of method `name` (the VM's name:
    a refvm override's host function has its own) called with args (self
    first): CPython's words, which name what the argument was for."""
    from refvm.objects import exceptions as E
    w_self = args[0] if args else None
    if name in ("__getitem__", "__setitem__", "__delitem__") and len(args) >= 2 and \
            _is_or_bounds(args[1], e.w_obj):
        return space.subscript_error(w_self, args[1], e)     # (the key's, not the value's)
    if isinstance(w_self, (bytes, bytearray)) and name in _FIND_METHODS and \
            len(args) >= 2 and args[1] is e.w_obj:
        return space.oefmt(E.w_TypeError, "argument should be integer or bytes-like object, "
                           "not '%s'" % typeof(e.w_obj).name)
    if (name in _SLICING_METHODS and isinstance(w_self, (str, bytes, bytearray))) or \
            (name == "indices" and w_self.__class__ is slice and
             not any(w is e.w_obj for w in args)):
        return space.oefmt(E.w_TypeError, space.SLICE_INDEX_WORDS)
    return space.wrap_host_exception(e)


def _is_or_bounds(w_key, w):
    """Is w the key, or one of its bounds if it is a slice?"""
    if w_key.__class__ is slice:
        return w is w_key.start or w is w_key.stop or w is w_key.step
    return w is w_key


def vm_named(e, args, kwargs):
    """A host error whose message names the host class of an argument (the
    host's str.find(C) says `must be str, not W_Type`, its int() of a class
    `'W_Type' object cannot be ...`, `cannot fit 'W_Instance' into an
    index-sized integer`): the message with the argument's VM type's name, as
    CPython's; other errors as they are."""
    if len(e.args) != 1 or not isinstance(e.args[0], str) or "W_" not in e.args[0] or \
            e.__class__ not in (TypeError, ValueError, IndexError, OverflowError):
        return e
    msg = e.args[0]
    ws = [*args, *(kwargs.values() if kwargs else ())]
    for w in list(ws):
        if w.__class__ is list or w.__class__ is tuple:
            ws += w[:100]       # (str.join's "sequence item 0: ..., W_Instance found")
    import re               # (an error's path only: not at start-up)
    for w in ws:
        host = type(w).__name__
        if host.startswith("W_") and host in msg:
            msg = re.sub(r"\b%s\b" % host, lambda m, name=typeof(w).name: name, msg)
    return e.__class__(msg)


# CPython 3.11's words for a builtin called with arguments it cannot take,
# where they are not PyArg_ParseTuple's (arity_error's own below), by the
# function's or the type's name: (form, least, most, keywords).
#   form "expected": _PyArg_CheckPositional ("bool expected at most 1
#     argument, got 5"); "takes": PyArg_ParseTuple ("int() takes at most 2
#     arguments (5 given)"); a tuple of parameter names: Argument Clinic's
#     _PyArg_UnpackKeywords (least: positional-only ones; most: positional
#     ones).
#   keywords: "none" ("NAME() takes no keyword arguments"; "named": with the
#     type's name, "list.index() takes ..."), "invalid" (the
#     first unknown one: "'k' is an invalid keyword argument for NAME()"),
#     or None (the function's own check decides).
# (Checked against CPython 3.11.7: tests/refvm/programs/builtin_argument_errors.py.)
_EXPECTED_1 = ("expected", 0, 1, "none")
CPYTHON_ARGUMENTS = {
    "bool": _EXPECTED_1, "float": _EXPECTED_1, "list": _EXPECTED_1, "tuple": _EXPECTED_1,
    "set": _EXPECTED_1, "frozenset": _EXPECTED_1,
    "int": ("takes", 0, 2, "invalid"), "complex": ("takes", 0, 2, "invalid"),
    "str": ("takes", 0, 3, "invalid"), "bytes": ("takes", 0, 3, "invalid"),
    "bytearray": ("takes", 0, 3, "invalid"), "property": ("takes", 0, 4, "invalid"),
    "range": ("expected", 1, 3, "none"), "slice": ("expected", 1, 3, "none"),
    "reversed": ("expected", 1, 1, "none"), "staticmethod": ("expected", 1, 1, "none"),
    "classmethod": ("expected", 1, 1, "none"),
    "iter": ("expected", 1, 2, "none"), "next": ("expected", 1, 2, "none"),
    "format": ("expected", 1, 2, "none"), "vars": ("expected", 0, 1, "none"),
    "dir": ("expected", 0, 1, "none"), "input": ("expected", 0, 1, "none"),
    "isinstance": ("expected", 2, 2, "none"), "issubclass": ("expected", 2, 2, "none"),
    "hasattr": ("expected", 2, 2, "none"), "delattr": ("expected", 2, 2, "none"),
    "divmod": ("expected", 2, 2, "none"), "getattr": ("expected", 2, 3, "none"),
    "setattr": ("expected", 3, 3, "none"), "sorted": ("expected", 1, 1, None),
    "min": ("expected", 1, 1 << 30, None), "max": ("expected", 1, 1 << 30, None),
    "sum": (("iterable", "start"), 1, 2, "invalid"),
    "pow": (("base", "exp", "mod"), 0, 3, "invalid"),
    "round": (("number", "ndigits"), 0, 2, "invalid"),
    "memoryview": (("object",), 0, 1, "invalid"),
    "print": ("expected", 0, 1 << 30, "invalid"),
    "list.sort": (("key", "reverse"), 0, 0, "invalid"),
    "list.index": ("expected", 1, 3, "named"), "tuple.index": ("expected", 1, 3, "named"),
    "fromkeys": ("expected", 1, 2, "none"),
    "mappingproxy": (("mapping",), 0, 1, "invalid"),
    "open": (("file", "mode", "buffering", "encoding", "errors", "newline", "closefd",
              "opener"), 0, 8, "invalid"),
}
# METH_VARARGS methods whose keyword refusal names only the method
# (`count() takes no keyword arguments`; list.append's says `list.append()`):
# the host's own methods, whose unbound call names the type (call_host)
_BARE_NO_KEYWORDS = frozenset(
    ["%s.%s" % (t, m) for t in ("str", "bytes", "bytearray")
     for m in ("count", "endswith", "find", "index", "rfind", "rindex", "startswith")] +
    ["%s.%s" % (t, m) for t in ("set", "frozenset")
     for m in ("difference", "difference_update", "intersection", "intersection_update",
               "union", "update")])
# required parameters of the Argument Clinic forms (the rest have defaults)
_REQUIRED = {"sum": 1, "pow": 2, "round": 1, "memoryview": 1, "open": 1, "mappingproxy": 1}


def cpython_arguments(name, given, kwargs, accepted=()):
    """CPython's message for NAME called with `given` positional arguments
    and kwargs (accepted: the keywords the host function takes), or None
    when CPYTHON_ARGUMENTS has no entry for it."""
    spec = CPYTHON_ARGUMENTS.get(name)
    if spec is None:
        return None
    form, least, most, keywords = spec
    # (a method's messages name the method alone: `sort()`)
    call = name.rsplit(".", 1)[-1] + "()"
    if isinstance(form, tuple):
        return _clinic_keywords(call, name, form, least, most, given, kwargs)
    if kwargs and keywords == "none":
        return "%s takes no keyword arguments" % call       # (checked first)
    if kwargs and keywords == "named":
        return "%s() takes no keyword arguments" % name
    if form == "expected":
        if given < least or given > most:
            return "%s %s" % (name.rsplit(".", 1)[-1], expected(least, most, given))
    elif given > most:
        return "%s takes at most %d argument%s (%d given)" % (
            call, most, "" if most == 1 else "s", given)
    if kwargs and keywords == "invalid":
        unknown = [k for k in kwargs if k not in accepted] or list(kwargs)
        return "'%s' is an invalid keyword argument for %s" % (unknown[0], call)
    return None


def expected(least, most, given):
    """`expected at most 1 argument, got 3`: _PyArg_CheckPositional's words
    (and check_num_args', PyArg_UnpackTuple's) after the function's name."""
    n, what = (least, "") if least == most else \
        ((most, "at most ") if given > most else (least, "at least "))
    return "expected %s%d argument%s, got %d" % (what, n, "" if n == 1 else "s", given)


def _clinic_keywords(call, name, params, posonly, maxpos, given, kwargs):
    """_PyArg_UnpackKeywords' messages (CPython 3.11, Python/getargs.c)."""
    most = len(params)
    if given + len(kwargs) > most:
        return "%s takes at most %d %sargument%s (%d given)" % (
            call, most, "keyword " if given == 0 else "", "" if most == 1 else "s",
            given + len(kwargs))
    if given > maxpos:
        return "%s takes no positional arguments" % call if maxpos == 0 else \
            "%s takes at most %d positional argument%s (%d given)" % (
                call, maxpos, "" if maxpos == 1 else "s", given)
    if given < posonly:
        return "%s takes at least %d positional argument%s (%d given)" % (
            call, posonly, "" if posonly == 1 else "s", given)
    for i, p in enumerate(params[:_REQUIRED.get(name, 0)]):
        if i >= given and p not in kwargs:
            return "%s missing required argument '%s' (pos %d)" % (call, p, i + 1)
    for k in kwargs:
        if k not in params[posonly:]:
            return "'%s' is an invalid keyword argument for %s" % (k, call)
    return None


def arity_error(fn, owner, args, kwargs, w_d=None):
    from refvm.objects import exceptions as E
    name, is_method = owner
    if w_d is not None and is_slot_wrapper(w_d) and not kwargs:
        # a slot wrapper: check_num_args's words, or PyArg_UnpackTuple's
        least, most, unpack = SLOT_ARITY[w_d.name]
        w_t = w_d.w_objtype
        if w_d.name in ("__mul__", "__rmul__", "__imul__") and w_t is not None and \
                w_t.name in _SEQ_REPEAT:
            least, most, unpack = 1, 1, True
        given = len(args) - 1
        if not least <= given <= most:
            return space.oefmt(E.w_TypeError, (" " if unpack else "") +
                               expected(least, most, given))
    code = fn.__code__
    # (a class method's implementation takes its class first)
    skip = 1 if is_method or (code.co_varnames[:1] == ("w_cls",) and name != "__new__") else 0
    given = len(args) - skip
    # a builtin type's __new__ (its first argument the type) or __init__
    w_t = args[0] if args and name == "__new__" else None
    cname = w_t.name if w_t is not None and getattr(w_t, "is_builtin", False) else \
        (name[:-len(".__init__")] if name.endswith(".__init__") else name)
    if w_d is not None and w_d.w_objtype is not None and \
            "%s.%s" % (w_d.w_objtype.name, w_d.name) in CPYTHON_ARGUMENTS:
        cname = "%s.%s" % (w_d.w_objtype.name, w_d.name)   # (bound: the table's name)
    accepted = code.co_varnames[:code.co_argcount + code.co_kwonlyargcount]
    msg = cpython_arguments(cname, given - (1 if w_t is not None else 0), kwargs or {},
                             accepted)
    if msg is not None:
        return space.oefmt(E.w_TypeError, msg)
    most = code.co_argcount - skip
    least = most - len(fn.__defaults__ or ())
    if kwargs and not code.co_kwonlyargcount and not code.co_flags & 0x08:
        return space.oefmt(E.w_TypeError, "%s() takes no keyword arguments" % name)
    if code.co_flags & 0x04:
        return space.oefmt(E.w_TypeError, "%s() takes at least %d argument%s (%d given)"
                           % (name, least, "" if least == 1 else "s", given))
    if most == 0:
        return space.oefmt(E.w_TypeError, "%s() takes no arguments (%d given)" % (name, given))
    if least == most:
        what = "one argument" if most == 1 else "%d arguments" % most
        return space.oefmt(E.w_TypeError, "%s() takes exactly %s (%d given)" % (name, what, given))
    if given > most:
        return space.oefmt(E.w_TypeError, "%s() takes at most %d arguments (%d given)"
                           % (name, most, given))
    return space.oefmt(E.w_TypeError, "%s() takes at least %d argument%s (%d given)"
                       % (name, least, "" if least == 1 else "s", given))


class W_BuiltinFunction(W_Object):
    """A builtin function: not a descriptor (does not bind as a method)."""
    __slots__ = ("name", "fn", "w_self", "qualname")

    def __init__(self, name, fn, w_self=None, qualname=None):
        self.name = name
        self.fn = fn
        self.w_self = w_self
        self.qualname = qualname or name

    def call(self, args, kwargs):
        return call_host(self.fn, args, kwargs, self)

    def owner(self):
        return self.qualname, False


class W_MethodDescr(W_Object):
    """A method of a builtin type: binds its instance as first argument.

    fn is what a call of the method does; op_fn what the type's slot does for
    an operator (space.call_special): the same, but for a sequence's + and *,
    which give NotImplemented to an operand they cannot take (the other
    operand's reflected method comes next) where the method called by name
    raises, as CPython's sq_concat and sq_repeat wrappers do."""
    __slots__ = ("name", "fn", "w_objtype", "op_fn", "exact")

    def __init__(self, name, fn, w_objtype=None, op_fn=None):
        self.name = name
        self.fn = fn
        self.w_objtype = w_objtype
        self.op_fn = fn if op_fn is None else op_fn
        self.exact = NULL           # (call_unbound: the host class only its type's values have)

    def call(self, args, kwargs):
        """A call with its instance first, from a method lookup on it."""
        return call_host(self.fn, args, kwargs, self)

    def call_op(self, args):
        """The type's slot for an operator (space.call_special)."""
        return call_host(self.op_fn, args, None, self)

    def call_unbound(self, args, kwargs):
        """A call of the descriptor itself (`list.append(xs, 1)`, or passed
        around): its first argument must be an instance of its type, as
        CPython's descriptors check."""
        w_t = self.w_objtype
        if w_t is not None:
            exact = self.exact
            if exact is NULL:
                # a host class whose values are all of this type (list, str, ...),
                # or None (exceptions, instances: many types share their host class)
                host = w_t.host_class
                exact = self.exact = host if host is not None and \
                    model.HOST2VM.get(host) is w_t else None
            if not args or args[0].__class__ is not exact:
                check_self(self, args)
        return call_host(self.fn, args, kwargs, self)

    def call_bound(self, w_self, args, kwargs):
        """A call of the method bound by attribute access (`m = xs.append`):
        its arity errors name the instance's type, as CPython's bound builtin
        methods' __qualname__ does."""
        a = [w_self]
        a.extend(args)
        return call_host(self.fn, a, kwargs, self, True)

    def owner(self):
        name = "%s.%s" % (self.w_objtype.name, self.name) if self.w_objtype is not None \
            else self.name
        return name, True


# The special methods CPython 3.11 gives a builtin type as slot wrappers (its
# typeobject.c slotdefs), with the number of arguments each wrapper takes
# after the instance: (least, most, worded by PyArg_UnpackTuple with an empty
# name, whose message starts with a space).  A wrapper called with others says
# `expected 1 argument, got 0`; the rest are method descriptors (METH_*,
# `list.append() takes exactly one argument (0 given)`).
_UNARY = ("__repr__", "__str__", "__hash__", "__iter__", "__next__", "__bool__", "__len__",
          "__neg__", "__pos__", "__abs__", "__invert__", "__int__", "__float__", "__index__",
          "__del__", "__await__", "__aiter__", "__anext__")
_BINARY = ("__getattribute__", "__getattr__", "__delattr__", "__lt__", "__le__", "__eq__",
           "__ne__", "__gt__", "__ge__", "__delete__", "__contains__", "__getitem__",
           "__delitem__") + tuple(
    "__%s%s__" % (r, op) for op in ("add", "sub", "mul", "mod", "divmod", "lshift", "rshift",
                                    "and", "xor", "or", "floordiv", "truediv", "matmul")
    for r in ("", "r", "i") if not (r == "i" and op == "divmod"))
SLOT_ARITY = dict([(n, (0, 0, False)) for n in _UNARY] + [(n, (1, 1, False)) for n in _BINARY])
SLOT_ARITY.update({
    "__setattr__": (2, 2, True), "__set__": (2, 2, True), "__setitem__": (2, 2, True),
    "__get__": (1, 2, True), "__pow__": (1, 2, True), "__rpow__": (1, 2, True),
    "__ipow__": (1, 2, True), "__call__": (0, 1 << 30, False), "__init__": (0, 1 << 30, False),
})
# sequence repetition (sq_repeat) takes its count through PyArg_UnpackTuple
_SEQ_REPEAT = frozenset(["str", "bytes", "bytearray", "list", "tuple"])


def is_slot_wrapper(w_d):
    """Is method descriptor w_d a slot wrapper in CPython 3.11?  What the host
    has for the type, when its values are the host's (a type defining the
    method itself, METH_COEXIST: list.__getitem__ is a method descriptor);
    else by name."""
    if w_d.name not in SLOT_ARITY:
        return False
    w_t = w_d.w_objtype
    host = getattr(w_t, "host_class", None)
    if host is not None and host.__module__ == "builtins":
        for klass in host.__mro__:
            if w_d.name in klass.__dict__:
                return type(klass.__dict__[w_d.name]).__name__ == "wrapper_descriptor"
    return True


def check_self(w_d, args):
    """The TypeError of a descriptor called without an instance of its type."""
    from refvm.objects import exceptions as E
    w_t = w_d.w_objtype
    wrapper = is_slot_wrapper(w_d)
    if not args:
        if wrapper:
            raise space.oefmt(E.w_TypeError, "descriptor '%s' of '%s' object needs an argument"
                              % (w_d.name, w_t.name))
        raise space.oefmt(E.w_TypeError, "unbound method %s.%s() needs an argument"
                          % (w_t.qualname, w_d.name))
    if not space.isinstance_w(args[0], w_t):
        if wrapper:
            raise space.oefmt(E.w_TypeError, "descriptor '%s' requires a '%s' object but "
                              "received a '%s'" % (w_d.name, w_t.name, space.type_name(args[0])))
        raise doesnt_apply(w_d, args[0])


def doesnt_apply(w_d, w_obj):
    """CPython's descr_check error: w_obj is no instance of w_d's type."""
    from refvm.objects import exceptions as E
    return space.oefmt(E.w_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a "
                       "'%s' object" % (w_d.name, w_d.w_objtype.name, space.type_name(w_obj)))


class _Bound(object):
    """The owner call_host names in a bound method's arity error."""
    __slots__ = ("w_d", "w_self_type")

    def __init__(self, w_d, w_self_type):
        self.w_d = w_d
        self.w_self_type = w_self_type

    def owner(self):
        return "%s.%s" % (self.w_self_type.qualname, self.w_d.name), True


class W_Method(W_Object):
    __slots__ = ("w_func", "w_self")

    def __init__(self, w_func, w_self):
        self.w_func = w_func
        self.w_self = w_self


class W_Function(W_Object):
    __slots__ = ("code", "w_globals", "name", "qualname", "defaults", "kwdefaults",
                 "closure", "w_doc", "w_dict", "w_module", "annotations", "__weakref__")

    def __init__(self, code, w_globals, name, qualname, defaults=None, kwdefaults=None,
                 closure=None):
        self.code = code
        self.w_globals = w_globals
        self.name = name
        self.qualname = qualname
        self.defaults = defaults
        self.kwdefaults = kwdefaults
        self.closure = closure
        self.w_doc = code.consts[0] if code.has_docstring else None
        self.w_dict = {}
        self.w_module = w_globals.get("__name__", None)
        self.annotations = None


class W_Cell(W_Object):
    __slots__ = ("contents",)

    def __init__(self, contents=NULL):
        self.contents = contents


class W_StaticMethod(W_Object):
    __slots__ = ("w_func", "w_dict")

    def __init__(self, w_func):
        self.w_func = w_func
        self.w_dict = {}


class W_ClassMethod(W_Object):
    __slots__ = ("w_func", "w_dict")

    def __init__(self, w_func):
        self.w_func = w_func
        self.w_dict = {}


class W_Property(W_Object):
    __slots__ = ("w_type", "fget", "fset", "fdel", "w_doc", "name", "w_dict")

    def __init__(self, w_type, fget=None, fset=None, fdel=None, doc=None):
        self.w_type = w_type
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.w_doc = doc
        self.name = None
        self.w_dict = {} if w_type is not w_property else None


class W_GetSet(W_Object):
    """A data descriptor implemented by host functions (e.g. __dict__, __name__)."""
    __slots__ = ("name", "getter", "setter", "deleter", "w_objtype", "doc")

    def __init__(self, name, getter, setter=None, deleter=None, w_objtype=None, doc=None):
        self.name = name
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.w_objtype = w_objtype
        self.doc = doc                  # (a host type's attribute: the host's docstring)


class W_SlotMember(W_Object):
    """The descriptor `__slots__` creates: storage in the instance's slot list."""
    __slots__ = ("name", "index", "w_objtype")

    def __init__(self, name, index, w_objtype):
        self.name = name
        self.index = index
        self.w_objtype = w_objtype


w_builtin_function = builtin_type("builtin_function_or_method", acceptable_base=False)
w_method_descriptor = builtin_type("method_descriptor", acceptable_base=False)
w_method = builtin_type("method", acceptable_base=False)
w_function = builtin_type("function", acceptable_base=False)
w_cell = builtin_type("cell", acceptable_base=False)
w_staticmethod = builtin_type("staticmethod")
w_classmethod = builtin_type("classmethod")
w_property = builtin_type("property")
w_getset = builtin_type("getset_descriptor", acceptable_base=False)
w_member = builtin_type("member_descriptor", acceptable_base=False)

W_BuiltinFunction.w_type = w_builtin_function
W_MethodDescr.w_type = w_method_descriptor
W_Method.w_type = w_method
W_Function.w_type = w_function
W_Cell.w_type = w_cell
W_GetSet.w_type = w_getset
W_SlotMember.w_type = w_member
w_staticmethod.host_class = W_StaticMethod
w_classmethod.host_class = W_ClassMethod
w_property.host_class = W_Property


W_StaticMethod.w_type = w_staticmethod
W_ClassMethod.w_type = w_classmethod


# ------------------------------------------------------------------ helpers

def method(w_t, name=None):
    """Decorator: install a host function as a method of VM type w_t."""
    def deco(fn):
        n = name or fn.__name__
        w_t.dict[n] = W_MethodDescr(n, fn, w_t)
        return fn
    return deco


def staticmethod_(w_t, name):
    def deco(fn):
        w_t.dict[name] = W_StaticMethod(W_BuiltinFunction(name, fn))
        return fn
    return deco


def classmethod_(w_t, name):
    def deco(fn):
        w_t.dict[name] = W_ClassMethod(W_BuiltinFunction(name, fn))
        return fn
    return deco


def getset(w_t, name, setter=None, deleter=None):
    def deco(fn):
        w_t.dict[name] = W_GetSet(name, fn, setter, deleter, w_t)
        return fn
    return deco


def builtin(name):
    def deco(fn):
        return W_BuiltinFunction(name, fn)
    return deco
