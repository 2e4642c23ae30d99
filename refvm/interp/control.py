"""Instructions that move control between frames: calls and returns, generators,
exception handling, with-statements, class creation and imports.

They are entries of the one instruction table (see instructions.py), kept in a
module of their own because together they are the interpreter's frame protocol:
a handler returns a new Frame to enter, RETURN, YIELD or YIELD_AGAIN.
"""
from refvm.errors import VMError
from refvm.objects import space, exceptions as E
from refvm.objects.model import NULL, typeof, W_Type, W_Instance
from refvm.gc.instances import new_instance
from refvm.objects.functions import W_Function, W_Method, W_MethodDescr, W_BuiltinFunction
from refvm.interp import state as _state
from refvm.interp.instructions import (instruction, RETURN, YIELD, YIELD_AGAIN, BUILTINS, _err,
                                       _mapping_get, OBJECT_NEW, W_TYPE, W_OBJECT, W_GENERATOR,
                                       IMPORTER)
from refvm.interp.frame import make_frame, Frame


# ------------------------------------------------------------------ calls

def call(f, w_func, args, kwargs):
    """Call from a frame: VM functions get a new frame for the loop to enter."""
    c = w_func.__class__
    if c is W_Function:
        code = w_func.code
        if code.fast_call and not kwargs and len(args) == code.argcount:
            args.extend(code.extra_locals)
            return Frame(code, w_func.w_globals, args, w_func.closure, None, w_func)
        if not code.is_generator:
            return make_frame(w_func, args, kwargs)
    elif c is W_Method:
        w_inner = w_func.w_func
        if w_inner.__class__ is W_Function and not w_inner.code.is_generator:
            return make_frame(w_inner, [w_func.w_self] + args, kwargs)
    elif c is W_Type and w_func.w_type is W_TYPE[0]:
        w_init = w_func.lookup("__init__")
        if w_init.__class__ is W_Function and w_func.lookup("__new__") is OBJECT_NEW[0] \
                and w_func.solid is W_OBJECT[0] and not w_init.code.is_generator:
            w_obj = new_instance(w_func)
            new_f = make_frame(w_init, [w_obj] + args, kwargs)
            new_f.init_obj = w_obj
            if args or kwargs:
                # CPython 3.11's CALL keeps the arguments of a call of anything but
                # a Python function on the caller's stack until it returns: an
                # argument __init__ drops dies after __init__'s locals
                new_f.held = held_args(args, kwargs)
            return new_f
    # anything else runs to its end here: a builtin, a generator function, a
    # class with its own __new__, an instance with __call__ ...
    try:
        f.stack.append(w_func.call(args, kwargs) if c is W_BuiltinFunction else
                       w_func.call_unbound(args, kwargs) if c is W_MethodDescr else
                       space.call(w_func, args, kwargs))
    finally:
        if len(args) > 1 and c is not W_Function:
            # the call is over (returned or raised): its arguments go as
            # CPython's CALL lets go of them, first to last, when the caller's
            # list dies (the host frees a list's items last to first).  The
            # callee kept no reference to the list: a builtin gets its items, a
            # class or an instance with __call__ a new list; only a generator
            # function's frame may take it as its locals.
            args.reverse()
    return None


@instruction("CALL_FUNCTION", lambda n: -n, "int")
def CALL_FUNCTION(f, n):
    st = f.stack
    if n:
        args = st[-n:]
        del st[-n:]
    else:
        args = []
    w_func = st.pop()
    if w_func.__class__ is W_Function:     # the common case of call(), inlined
        code = w_func.code
        if code.fast_call and n == code.argcount:
            args.extend(code.extra_locals)
            return Frame(code, w_func.w_globals, args, w_func.closure, None, w_func)
    return call(f, w_func, args, None)


@instruction("CALL_FUNCTION_KW", lambda n: -n - 1, "int")
def CALL_FUNCTION_KW(f, n):
    st = f.stack
    names = st.pop()
    nkw = len(names)
    values = st[-nkw:]
    del st[-nkw:]
    npos = n - nkw
    if npos:
        args = st[-npos:]
        del st[-npos:]
    else:
        args = []
    return call(f, st.pop(), args, dict(zip(names, values)))


def function_str(w_func):
    """CPython's _PyObject_FunctionStr: `module.qualname()` (`qualname()` for
    builtins), or str() of what has no __qualname__."""
    w_q = space.getattr_or_null(w_func, "__qualname__")
    if w_q is NULL:
        return space.str(w_func)
    w_m = space.getattr_or_null(w_func, "__module__")
    if w_m is not NULL and w_m is not None and w_m != "builtins":
        return "%s.%s()" % (space.str(w_m), space.str(w_q))
    return "%s()" % space.str(w_q)


@instruction("CALL_FUNCTION_EX", lambda flags: -1 - (flags & 1), "int")
def CALL_FUNCTION_EX(f, flags):
    st = f.stack
    kwargs = st.pop() if flags & 1 else None
    w_args = st.pop()
    if w_args.__class__ is tuple:
        args = list(w_args)
    else:
        # `f(*x)`: x as CPython's CALL_FUNCTION_EX takes it (check_args_iterable,
        # then PySequence_Tuple: the length hint, then the items)
        if space.not_iterable(w_args):
            raise _err(E.w_TypeError, "%s argument after * must be an iterable, not %s"
                       % (function_str(st[-1]), space.type_name(w_args)))
        args = space.unpack_iterable(w_args, True)
    w_func = st.pop()
    if kwargs and not (isinstance(w_func, W_Type) and not w_func.is_builtin):
        # (CPython's _PyStack_UnpackDict, on the way to a vectorcall; a class's
        # own type_call takes the dict as it is: `E(**{1: 2})` of a class
        # without __init__ or __new__ is "E() takes no arguments")
        for k in kwargs:
            if not isinstance(k, str):
                raise _err(E.w_TypeError, "keywords must be strings")
    r = call(f, w_func, args, kwargs or None)
    if r is not None:
        # CPython 3.11 keeps the call's argument tuple and keyword dict until
        # the call returns (its frame's locals die first)
        r.held = [kwargs, w_args] if kwargs is not None else [w_args]
    return r


def held_args(args, kwargs):
    """What a frame holds for its caller until it returns (Frame.held): the
    values in the reverse of the order CPython 3.11's CALL frees them, as the
    host frees a list's items last to first."""
    h = list(kwargs.values()) if kwargs else []
    h.extend(reversed(args))
    return h


@instruction("CALL_METHOD", lambda n: -n - 1, "int")
def CALL_METHOD(f, n):
    # stack: [method, self, args...] or [NULL, callable, args...]
    st = f.stack
    w_meth = st[-n - 2]
    if w_meth is NULL:
        args = st[-n:] if n else []
        w_callable = st[-n - 1]
        del st[-n - 2:]
        return call(f, w_callable, args, None)
    args = st[-n - 1:]
    del st[-n - 2:]
    if w_meth.__class__ is W_Function:
        code = w_meth.code
        if code.fast_call and n + 1 == code.argcount:
            args.extend(code.extra_locals)
            return Frame(code, w_meth.w_globals, args, w_meth.closure, None, w_meth)
        return call(f, w_meth, args, None)
    try:
        st.append(w_meth.call(args, None))
    finally:
        if len(args) > 1:
            args.reverse()          # (as call() does)


@instruction("MAKE_FUNCTION", lambda flags: -1 - bin(flags).count("1"), "int")
def MAKE_FUNCTION(f, flags):
    st = f.stack
    qualname = st.pop()
    code = st.pop()
    closure = st.pop() if flags & 8 else None
    annotations = st.pop() if flags & 4 else None
    kwdefaults = st.pop() if flags & 2 else None
    defaults = st.pop() if flags & 1 else None
    w_f = W_Function(code, f.w_globals, code.name, qualname, defaults, kwdefaults, closure)
    w_f.annotations = annotations
    st.append(w_f)


@instruction("RETURN_VALUE", -1)
def RETURN_VALUE(f, arg):
    f.retval = f.stack.pop()
    return RETURN


# ------------------------------------------------------------------ generators

@instruction("YIELD_VALUE", 0)
def YIELD_VALUE(f, arg):
    f.retval = f.stack.pop()
    f.yielded = True
    return YIELD


@instruction("GET_YIELD_FROM_ITER", 0)
def GET_YIELD_FROM_ITER(f, arg):
    st = f.stack
    if st[-1].__class__ is not W_GENERATOR[0]:
        st[-1] = space.iter(st[-1])


@instruction("YIELD_FROM", -1)
def YIELD_FROM(f, arg):
    st = f.stack
    w_sent = st.pop()
    w_it = st[-1]
    try:
        if w_it.__class__ is W_GENERATOR[0]:
            w_v = w_it.send(w_sent)
        elif w_sent is None:
            w_v = space.next(w_it)
        else:
            w_v = space.call(space.getattr(w_it, "send"), [w_sent])
    except VMError as e:
        if space.isinstance_w(e.w_exc, E.w_StopIteration):
            st.pop()
            st.append(e.w_exc.args[0] if e.w_exc.args else None)
            f.w_yieldfrom = NULL
            return None
        raise
    f.w_yieldfrom = w_it
    f.retval = w_v
    f.yielded = True
    return YIELD_AGAIN


# ------------------------------------------------------------------ exceptions

@instruction("SETUP_FINALLY", 0, "jump")
def SETUP_FINALLY(f, target):
    f.blocks.append((target, len(f.stack), None))


@instruction("POP_BLOCK", 0)
def POP_BLOCK(f, arg):
    f.blocks.pop()


@instruction("POP_EXCEPT", 0)
def POP_EXCEPT(f, arg):
    _state.state.exc_info = f.blocks.pop()[2]


def _reraise(w_exc):
    e = VMError(w_exc)
    e.reraise = True
    return e


@instruction("RERAISE", -1)
def RERAISE(f, arg):
    raise _reraise(f.stack.pop())


@instruction("CHECK_EXC_MATCH", -1)
def CHECK_EXC_MATCH(f, arg):
    st = f.stack
    w_spec = st.pop()
    st[-1] = space.exception_match(st[-1], w_spec)


def make_exception(w, what="exceptions", args=()):
    """The exception instance `raise w` raises (instantiating a class, with
    args: generator.throw's value)."""
    if w.__class__ is W_Type and w.issubtype(E.w_BaseException):
        w_e = space.call(w, list(args))
        if not space.isinstance_w(w_e, E.w_BaseException):
            raise _err(E.w_TypeError, "calling %s should have returned an instance of "
                       "BaseException, not %s" % (space.repr(w), space.repr(typeof(w_e))))
        return w_e
    if space.isinstance_w(w, E.w_BaseException):
        return w
    raise _err(E.w_TypeError, "%s must derive from BaseException" % what)


@instruction("RAISE_VARARGS", lambda n: -n, "int")
def RAISE_VARARGS(f, n):
    st = f.stack
    if n == 0:
        w_exc = _state.state.exc_info
        if w_exc is None:
            raise _err(E.w_RuntimeError, "No active exception to reraise")
        raise _reraise(w_exc)
    w_cause = st.pop() if n == 2 else NULL
    w_exc = make_exception(st.pop())
    if w_cause is not NULL:
        if w_cause is None:
            w_exc.w_cause = None
        else:
            w_c = w_cause
            if w_c.__class__ is W_Type and w_c.issubtype(E.w_BaseException):
                w_c = space.call(w_c, [])
            elif not space.isinstance_w(w_c, E.w_BaseException):
                raise _err(E.w_TypeError, "exception causes must derive from BaseException")
            w_exc.w_cause = w_c
        w_exc.suppress_context = True
    raise VMError(w_exc)


@instruction("LOAD_ASSERTION_ERROR", 1)
def LOAD_ASSERTION_ERROR(f, arg):
    f.stack.append(E.w_AssertionError)


@instruction("BEFORE_WITH", 1, "jump")
def BEFORE_WITH(f, handler):
    """Push the bound __exit__, set up the handler block, push __enter__()'s result."""
    st = f.stack
    w_mgr = st.pop()
    t = typeof(w_mgr)
    w_enter = t.lookup("__enter__")
    w_exit = t.lookup("__exit__")
    if w_enter is NULL or w_exit is NULL:
        # (CPython 3.11's BEFORE_WITH looks __enter__ up first, then __exit__)
        raise _err(E.w_TypeError, "'%s' object does not support the context manager protocol%s"
                   % (t.name, " (missed __exit__ method)" if w_enter is not NULL else ""))
    st.append(space.get(w_exit, w_mgr, t))
    w_r = space.call_special(w_enter, w_mgr)
    f.blocks.append((handler, len(st), None))
    st.append(w_r)


@instruction("WITH_EXIT", -1)
def WITH_EXIT(f, arg):
    space.call(f.stack.pop(), [None, None, None])


@instruction("WITH_EXCEPT", 1)
def WITH_EXCEPT(f, arg):
    st = f.stack
    w_exc = st[-1]
    w_exit = st[-2]
    st.append(space.call(w_exit, [typeof(w_exc), w_exc, w_exc.w_traceback]))


# ------------------------------------------------------------------ classes and imports

@instruction("LOAD_BUILD_CLASS", 1)
def LOAD_BUILD_CLASS(f, arg):
    f.stack.append(BUILTINS["__build_class__"])


@instruction("SETUP_ANNOTATIONS", 0)
def SETUP_ANNOTATIONS(f, arg):
    d = f.locals_dict
    if d.__class__ is dict:
        if "__annotations__" not in d:
            d["__annotations__"] = {}
    else:
        if _mapping_get(d, "__annotations__") is NULL:
            space.setitem(d, "__annotations__", {})


@instruction("IMPORT_NAME", -1, "name")
def IMPORT_NAME(f, name):
    st = f.stack
    w_fromlist = st.pop()
    level = st.pop()
    st.append(IMPORTER[0].import_name(name, w_fromlist, level, f.w_globals))


@instruction("IMPORT_FROM", 1, "name")
def IMPORT_FROM(f, name):
    st = f.stack
    st.append(IMPORTER[0].import_from(st[-1], name))


@instruction("IMPORT_STAR", -1)
def IMPORT_STAR(f, arg):
    IMPORTER[0].import_star(f.stack.pop(), f.locals_dict)
