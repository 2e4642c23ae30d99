"""The builtins module: builtin functions and the names of builtin types.

Every function here takes and returns VM values and reaches other objects only
through `space`, so user types participate through their special methods.
"""
from refvm.errors import VMError, Unsupported
from refvm.objects import space, exceptions as E, model
from refvm.objects.model import NULL, typeof, W_Type, issubtype
from refvm.objects.typeobject import ALL_BUILTIN_TYPES, w_type, w_object
from refvm.objects.functions import W_BuiltinFunction, W_Function, cpython_arguments
from refvm.objects.generator import W_Generator
from refvm.objects import containers, numbers, strings
from refvm.objects.objecttype import calculate_metaclass
from refvm.interp import loop
from refvm.jit import ACTIVE as JIT
from refvm.interp.instructions import BUILTINS

_host_builtins = __builtins__ if isinstance(__builtins__, dict) else __builtins__.__dict__
_h = dict(_host_builtins)     # host builtins, for use on host-represented values

FUNCTIONS = {}


def builtin(fn):
    name = fn.__name__
    if name.endswith("_") and not name.endswith("__"):
        name = name[:-1]
    fn.__name__ = fn.__qualname__ = name
    FUNCTIONS[name] = W_BuiltinFunction(name, fn)
    return fn


def _check_str(w, what):
    if w is not None and not isinstance(w, str):
        raise space.oefmt(E.w_TypeError, "%s must be None or a string, not %s"
                          % (what, space.type_name(w)))


# ------------------------------------------------------------------ output

STDOUT = [None]     # the VM's default sys.stdout object (set by modules.sys)


@builtin
def print_(*args, sep=None, end=None, file=None, flush=False):
    _check_str(sep, "sep")
    _check_str(end, "end")
    sep = " " if sep is None else sep
    end = "\n" if end is None else end
    if file is None:
        file = SYS_MODULE[0].w_dict.get("stdout")
        if file is None:
            return None
    text = sep.join([space.str(w) for w in args]) + end
    w_write = getattr(file, "host_write", None)
    if w_write is not None:
        w_write(text)
        if flush:
            file.host_flush()
        return None
    space.call(space.getattr(file, "write"), [text])
    if space.truth(flush):
        space.call(space.getattr(file, "flush"), [])
    return None


SYS_MODULE = [None]


@builtin
def input_(prompt=""):
    raise space.oefmt(E.w_EOFError, "EOF when reading a line")


@builtin
def open_(*args, **kwargs):
    from refvm.modules.fileio import open_ as vm_open
    msg = cpython_arguments("open", len(args), kwargs)
    if msg is not None:
        raise space.oefmt(E.w_TypeError, msg)
    return vm_open(*args, **kwargs)


# ------------------------------------------------------------------ introspection

@builtin
def len_(w):
    return space.len(w)


@builtin
def repr_(w):
    return space.repr(w)


@builtin
def ascii_(w):
    r = space.repr(w)
    if r.isascii():
        return r                # (PyObject_ASCII: the repr itself when it is ASCII)
    return r.encode("ascii", "backslashreplace").decode("ascii")


@builtin
def id_(w):
    return space.id_(w)


@builtin
def hash_(w):
    return space.hash(w)


@builtin
def callable_(w):
    return space.callable(w)


@builtin
def isinstance_(w_obj, w_cls):
    if w_cls.__class__ is W_Type and (w_cls.w_type is w_type or typeof(w_obj) is w_cls):
        return space.isinstance_w(w_obj, w_cls)
    if w_cls.__class__ is tuple:
        return any(isinstance_(w_obj, w_c) for w_c in w_cls)
    w_check = typeof(w_cls).lookup("__instancecheck__")
    if w_check is NULL:
        raise space.oefmt(E.w_TypeError, "isinstance() arg 2 must be a type, a tuple of types,"
                          " or a union")
    return space.truth(space.call_special(w_check, w_cls, w_obj))


@builtin
def issubclass_(w_sub, w_cls):
    if w_cls.__class__ is tuple:
        return any(issubclass_(w_sub, w_c) for w_c in w_cls)
    if w_cls.__class__ is W_Type and w_cls.w_type is w_type:
        if w_sub.__class__ is not W_Type:
            raise space.oefmt(E.w_TypeError, "issubclass() arg 1 must be a class")
        return issubtype(w_sub, w_cls)
    w_check = typeof(w_cls).lookup("__subclasscheck__")
    if w_check is NULL:
        # (CPython's recursive_issubclass: the first argument is checked first)
        if w_sub.__class__ is not W_Type:
            raise space.oefmt(E.w_TypeError, "issubclass() arg 1 must be a class")
        raise space.oefmt(E.w_TypeError, "issubclass() arg 2 must be a class, a tuple of "
                          "classes, or a union")
    return space.truth(space.call_special(w_check, w_cls, w_sub))


def _attr_name(w_name):
    if not isinstance(w_name, str):
        raise space.oefmt(E.w_TypeError, "attribute name must be string, not '%s'"
                          % space.type_name(w_name))
    return str.__str__(w_name)


@builtin
def getattr_(w_obj, w_name, w_default=NULL):
    name = _attr_name(w_name)
    if w_default is NULL:
        return space.getattr(w_obj, name)
    w_v = space.getattr_or_null(w_obj, name)
    return w_default if w_v is NULL else w_v


@builtin
def hasattr_(w_obj, w_name):
    return space.getattr_or_null(w_obj, _attr_name(w_name)) is not NULL


@builtin
def setattr_(w_obj, w_name, w_value):
    space.setattr(w_obj, _attr_name(w_name), w_value)


@builtin
def delattr_(w_obj, w_name):
    space.delattr(w_obj, _attr_name(w_name))


@builtin
def vars_(w_obj=NULL):
    if w_obj is NULL:
        return locals_()
    w_d = space.getattr_or_null(w_obj, "__dict__")
    if w_d is NULL:
        raise space.oefmt(E.w_TypeError, "vars() argument must have __dict__ attribute")
    return w_d


@builtin
def dir_(w_obj=NULL):
    if w_obj is NULL:
        return sorted(locals_().keys())
    w_dir = typeof(w_obj).lookup("__dir__")
    if w_obj.__class__ is W_Type:
        names = set()
        for t in w_obj.mro:
            names.update(t.dict)
        return sorted(names)
    return sorted(space.unpack_iterable(space.call_special(w_dir, w_obj)))


@builtin
def globals_():
    return loop.current_frame().w_globals


@builtin
def locals_():
    return loop.current_frame().locals_mapping()


# ------------------------------------------------------------------ numbers

@builtin
def abs_(w):
    if w.__class__ in space.NUMERIC or w.__class__ is complex:
        return _h["abs"](w)
    w_abs = typeof(w).lookup("__abs__")
    if w_abs is NULL:
        raise space.oefmt(E.w_TypeError, "bad operand type for abs(): '%s'" % space.type_name(w))
    return space.call_special(w_abs, w)


@builtin
def divmod_(w_a, w_b):
    return space.binop(space.DIVMOD, w_a, w_b)


@builtin
def pow_(w_base, w_exp, w_mod=None):
    if w_mod is None:
        return space.binop(space.BINOP_INDEX["**"], w_base, w_exp)
    if all(w.__class__ in space.NUMERIC for w in (w_base, w_exp, w_mod)):
        return _h["pow"](w_base, w_exp, w_mod)
    w_pow = typeof(w_base).lookup("__pow__")
    if w_pow is NULL:
        raise space.oefmt(E.w_TypeError, "unsupported operand type(s) for ** or pow(): '%s', "
                          "'%s', '%s'" % tuple(space.type_name(w) for w in
                                               (w_base, w_exp, w_mod)))
    w_r = space.call_special(w_pow, w_base, w_exp, w_mod)
    if w_r is NotImplemented:
        raise space.oefmt(E.w_TypeError, "unsupported operand type(s) for ** or pow(): '%s', "
                          "'%s', '%s'" % tuple(space.type_name(w) for w in
                                               (w_base, w_exp, w_mod)))
    return w_r


@builtin
def round_(w_x, w_n=None):
    if w_x.__class__ in space.NUMERIC:
        return _h["round"](w_x) if w_n is None else _h["round"](w_x, space.index(w_n))
    w_round = typeof(w_x).lookup("__round__")
    if w_round is NULL:
        raise space.oefmt(E.w_TypeError, "type %s doesn't define __round__ method"
                          % space.type_name(w_x))
    if w_n is None:
        return space.call_special(w_round, w_x)
    return space.call_special(w_round, w_x, w_n)


@builtin
def bin_(w):
    return _h["bin"](space.index(w))


@builtin
def hex_(w):
    return _h["hex"](space.index(w))


@builtin
def oct_(w):
    return _h["oct"](space.index(w))


@builtin
def chr_(w):
    return _h["chr"](space.index(w) if not isinstance(w, float) else w)


@builtin
def ord_(w):
    if not isinstance(w, (str, bytes, bytearray)):
        raise space.oefmt(E.w_TypeError, "ord() expected string of length 1, but %s found"
                          % space.type_name(w))
    return _h["ord"](w)


@builtin
def format_(w, spec=""):
    if not isinstance(spec, str):
        # (_PyArg_BadArgument names None as None)
        raise space.oefmt(E.w_TypeError, "format() argument 2 must be str, not %s"
                          % ("None" if spec is None else space.type_name(spec)))
    return space.format(w, spec)


# ------------------------------------------------------------------ iteration

@builtin
def iter_(w, w_sentinel=NULL):
    if w_sentinel is NULL:
        return space.iter(w)
    if not space.callable(w):
        raise space.oefmt(E.w_TypeError, "iter(v, w): v must be callable")
    return _callable_iter(w, w_sentinel)


def _callable_iter(w_f, w_sentinel):
    def gen():
        while True:
            w_v = space.call(w_f, [])
            if space.eq_w(w_v, w_sentinel):
                return
            yield w_v
    return gen()


containers._host_iter_type("callable_iterator", type(_callable_iter(None, None)))


@builtin
def next_(w_it, w_default=NULL):
    if typeof(w_it).lookup("__next__") is NULL:
        raise space.oefmt(E.w_TypeError, "'%s' object is not an iterator" % space.type_name(w_it))
    if w_default is NULL:
        return space.next(w_it)
    w_v = space.next_or_null(w_it)
    return w_default if w_v is NULL else w_v


def _iterate(w):
    """The values of iterable w for a builtin's host loop.  Each is yielded off
    a list, not from a local: a suspended host generator's local would keep
    the value alive until the next one is made, where CPython's builtins drop
    it at once (finalizer timing)."""
    w_it = space.iter(w)
    jit = JIT[0]
    # (jit.next_of: a compiled step per value, less protocol; it takes the
    # running thread's state: this host generator may be resumed on another one)
    nxt = jit.next_of if w_it.__class__ is W_Generator and jit is not None else \
        space.next_or_null
    held = []
    while True:
        held.append(nxt(w_it))
        if held[-1] is NULL:
            return
        yield held.pop()


@builtin
def all_(w):
    # (map lets go of each value once truth has it, before taking the next)
    return all(map(space.truth, _iterate(w)))


@builtin
def any_(w):
    return any(map(space.truth, _iterate(w)))       # (as all_)


@builtin
def sum_(w_iterable, start=0):
    w_it = space.iter(w_iterable)           # (first, as CPython's sum)
    if isinstance(start, (str, bytes, bytearray)):
        what = "strings [use ''.join(seq) instead]" if isinstance(start, str) else \
            ("bytes [use b''.join(seq) instead]" if isinstance(start, bytes)
             else "bytearray [use b''.join(seq) instead]")
        raise space.oefmt(E.w_TypeError, "sum() can't sum " + what)
    w_acc = start
    add = space.binop
    jit = JIT[0]
    if jit is not None and w_it.__class__ is W_Generator:
        # the generator's values are added as they come, by the host where both
        # are ints or both floats (no VM code: the JIT may run the generator's
        # step as a loop, Jit.drain), by the VM's `+` otherwise
        acc = [w_acc]

        def take(w_v):
            w_a = acc[0]
            if w_a.__class__ is int and w_v.__class__ is int or \
                    w_a.__class__ is float and w_v.__class__ is float:
                acc[0] = w_a + w_v
                return None
            return True             # declined: drain returns it
        while True:
            w_v = jit.drain(w_it, take)
            if w_v is NULL:
                return acc[0]
            acc[0] = add(0, acc[0], w_v)
    # a list's, tuple's, dict view's ... iterator: the host's own next, as
    # space.next_or_null calls it, without that call per item
    host_next = w_it.__next__ if w_it.__class__ in space.HOST_ITERATORS else None
    while True:
        if host_next is None:
            w_v = space.next_or_null(w_it)
            if w_v is NULL:
                return w_acc
        else:
            try:
                w_v = host_next()
            except StopIteration:
                return w_acc
            except VMError:
                raise
            except Exception as e:
                raise space.wrap_host_exception(e)
        if w_acc.__class__ is int and w_v.__class__ is int or \
                w_acc.__class__ is float and w_v.__class__ is float:
            w_acc = w_acc + w_v
        else:
            w_acc = add(0, w_acc, w_v)


def _minmax(name, args, key, default, cmp):
    if len(args) == 1:
        items = _iterate(args[0])
    elif not args:
        raise space.oefmt(E.w_TypeError, "%s expected at least 1 argument, got 0" % name)
    else:
        if default is not NULL:
            raise space.oefmt(E.w_TypeError, "Cannot specify a default for %s() with multiple "
                              "positional arguments" % name)
        items = iter(args)
    w_best = NULL
    w_bestkey = NULL
    for w_v in items:
        w_k = w_v if key is None else space.call(key, [w_v])
        if w_best is NULL or space.truth(space.compare(cmp, w_k, w_bestkey)):
            w_best, w_bestkey = w_v, w_k
        w_v = w_k = None        # (one not kept dies before the next one is made, as on CPython)
    if w_best is NULL:
        if default is not NULL:
            return default
        raise space.oefmt(E.w_ValueError, "%s() arg is an empty sequence" % name)
    return w_best


@builtin
def min_(*args, key=None, default=NULL):
    return _minmax("min", args, key, default, 0)


@builtin
def max_(*args, key=None, default=NULL):
    return _minmax("max", args, key, default, 4)


@builtin
def sorted_(w_iterable, *args, key=None, reverse=False):
    if args:
        raise space.oefmt(E.w_TypeError, "sorted expected 1 argument, got %d" % (1 + len(args)))
    items = space.unpack_iterable(w_iterable, True)
    containers.list_sort(items, key=key, reverse=reverse)
    return items


# ------------------------------------------------------------------ code

@builtin
def compile_(source, filename, mode, flags=0, dont_inherit=False, optimize=-1):
    from refvm import compiler
    from refvm.errors import CompileError
    try:
        return compiler.compile_source(_source_text(source), filename, mode,
                                       warn=compiler.stderr_warnings(filename))
    except CompileError as e:
        raise VMError(syntax_error(e, filename))


def _source_text(source):
    if isinstance(source, (bytes, bytearray)):
        return bytes(source).decode("utf-8")
    if not isinstance(source, str):
        raise space.oefmt(E.w_TypeError, "compile() arg 1 must be a string, bytes or AST object")
    return str.__str__(source)


def syntax_error(e, filename):
    # (args as CPython's: the message and (filename, lineno, offset, text,
    # end_lineno, end_offset), the last two only when the error has them)
    where = (filename, e.lineno, e.offset, e.text)
    if e.end_lineno is not None:
        where += (e.end_lineno, e.end_offset)
    w_exc = E.W_BaseException(E.TYPES.get(e.cls, E.w_SyntaxError), (e.msg, where))
    E.fields(w_exc).update({"msg": e.msg, "lineno": e.lineno, "offset": e.offset,
                         "filename": filename, "text": e.text, "end_lineno": e.end_lineno,
                         "end_offset": e.end_offset})
    return w_exc


def _run_code(source, w_globals, w_locals, mode, name):
    from refvm.compiler.code import Code
    from refvm.interp.frame import Frame
    f = loop.current_frame()
    if w_globals is None:
        w_globals = f.w_globals
        if w_locals is None:
            w_locals = locals_()
    elif w_globals.__class__ is not dict:
        raise space.oefmt(E.w_TypeError, "%s() globals must be a dict, not %s"
                          % (name, space.type_name(w_globals)))
    if w_locals is None:
        w_locals = w_globals
    w_globals.setdefault("__builtins__", BUILTINS_MODULE[0])
    if isinstance(source, Code):
        code = source
    else:
        if mode == "eval" and isinstance(source, str):
            source = source.lstrip(" \t")
        code = compile_(source, "<string>", mode)
    frame = Frame(code, w_globals, [], None, w_locals)
    return loop.run_frame(frame)


BUILTINS_MODULE = [None]


@builtin
def exec_(source, w_globals=None, w_locals=None):
    _run_code(source, w_globals, w_locals, "exec", "exec")
    return None


@builtin
def eval_(source, w_globals=None, w_locals=None):
    return _run_code(source, w_globals, w_locals, "eval", "eval")


@builtin
def __import__(name, w_globals=None, w_locals=None, fromlist=(), level=0):
    from refvm.importer import IMPORTER
    return IMPORTER.import_name(name, fromlist, level, w_globals or {})


@builtin
def __build_class__(w_func, name, *bases, **kwargs):
    """Run a class body in a fresh namespace and call the metaclass (data model 3.3.3)."""
    orig_bases = bases
    bases = _resolve_mro_entries(bases)
    w_meta = kwargs.pop("metaclass", NULL)
    if w_meta is NULL:
        w_meta = typeof(bases[0]) if bases else w_type
    if w_meta.__class__ is W_Type:
        w_meta = calculate_metaclass(w_meta, bases)
    w_prepare = space.getattr_or_null(w_meta, "__prepare__")
    if w_prepare is NULL:
        w_ns = {}
    else:
        w_ns = space.call(w_prepare, [name, tuple(bases)], kwargs or None)
    if bases != orig_bases:
        space.setitem(w_ns, "__orig_bases__", tuple(orig_bases))
    run_class_body(w_func, w_ns)
    return space.call(w_meta, [name, tuple(bases), w_ns], kwargs or None)


def _resolve_mro_entries(bases):
    out = []
    for w_b in bases:
        if w_b.__class__ is not W_Type:
            w_me = space.getattr_or_null(w_b, "__mro_entries__")
            if w_me is not NULL:
                w_r = space.call(w_me, [tuple(bases)])
                if w_r.__class__ is not tuple:
                    raise space.oefmt(E.w_TypeError, "__mro_entries__ must return a tuple")
                out.extend(w_r)
                continue
        out.append(w_b)
    return tuple(out)


def run_class_body(w_func, w_ns):
    from refvm.interp.frame import Frame
    from refvm.objects.functions import W_Cell
    code = w_func.code
    cells = [W_Cell() for _ in code.cellvars] + list(w_func.closure or ())
    frame = Frame(code, w_func.w_globals, [], cells, w_ns, w_func)
    loop.run_frame(frame)


# ------------------------------------------------------------------ the module

BUILTIN_TYPE_NAMES = (
    "object", "type", "int", "bool", "float", "complex", "str", "bytes", "bytearray", "list",
    "tuple", "dict", "set", "frozenset", "range", "slice", "enumerate", "zip", "map", "filter",
    "reversed", "super", "property", "staticmethod", "classmethod", "memoryview")


def install():
    """Fill the builtins dict the interpreter's LOAD_GLOBAL/LOAD_NAME read."""
    BUILTINS.clear()
    for name in BUILTIN_TYPE_NAMES:
        BUILTINS[name] = ALL_BUILTIN_TYPES[name]
    for name, w_t in E.TYPES.items():
        BUILTINS[name] = w_t
    for alias, target in E.ALIASES.items():
        BUILTINS[alias] = E.TYPES[target]
    BUILTINS.update(FUNCTIONS)
    BUILTINS["None"] = None
    BUILTINS["Ellipsis"] = Ellipsis
    BUILTINS["NotImplemented"] = NotImplemented
    BUILTINS["__debug__"] = True
    BUILTINS["__name__"] = "builtins"
    BUILTINS["__doc__"] = None
    return BUILTINS
