"""Frames and argument binding.

A frame holds its locals in a list (indexed by the compiler), its cells in a
list (cellvars then freevars), a value stack (a host list) and a block stack of
tuples (handler_pc, stack_level, saved_exc): handler_pc is -1 for the block
marking "inside an except handler", whose saved_exc is the previously handled
exception restored by POP_EXCEPT or by unwinding.
"""
import sys as _hostsys

from refvm.objects import space, exceptions as E
from refvm.objects.model import NULL, refcount_death, REFCOUNTING_HOST
from refvm.objects.functions import W_Cell
from refvm import jit as _jit


class Frame(object):
    # No __slots__: creating a frame is on every call's path, and the fields that
    # are usually at their default live on the class until a frame sets them.
    back = None
    caller = None               # while a frame host code called runs: the frame
                                # that was running (its f_back: loop.run_frame)
    retval = None
    init_obj = NULL             # the instance a fast-path __init__ frame returns
    gen_owned = False           # a generator's frame (kept after it returns/raises)
    yielded = False             # set by YIELD_VALUE/YIELD_FROM for the generator
    w_yieldfrom = NULL          # the sub-iterator of a suspended `yield from`
    held = None                 # what the caller's CALL holds until the frame returns:
                                # a class call's arguments, a f(*args) call's tuple
                                # (control.held_args); it goes after the locals

    def __init__(self, code, w_globals, locals_, cells, locals_dict=None, w_func=None):
        self.code = code
        self.w_globals = w_globals
        self.locals = locals_
        self.cells = cells
        self.locals_dict = locals_dict
        self.w_func = w_func
        self.stack = []
        self.pc = 0
        self.blocks = []
        self.init_obj = NULL        # read on every return: keep it in the instance

    def line(self):
        return self.code.line_at(self.pc - 1 if self.pc > 0 else 0)

    def current_line(self):
        """line(), exact while the frame runs (loop.current_pc): f_lineno."""
        from refvm.interp.loop import current_pc
        pc = current_pc(self)
        return self.code.line_at(pc - 1 if pc > 0 else 0)

    def f_back(self):
        """The frame that called this one (the caller of a frame host code
        called, while it runs), or None.  Inside a JIT trace's inlined calls
        (interp.frame.virtual_frames): a frame host code called from one has
        the innermost of them before the trace's own frame, and a frame the
        trace made for one (a handler needed it) has the call's caller."""
        if self.back is not None:
            return self.back
        caller = self.caller
        jit = _jit.ACTIVE[0]
        if jit is not None and jit.names_virtual_calls:
            if caller is not None:
                return virtual_frames(caller) or caller
            return virtual_frames(None, self)
        return caller

    def locals_mapping(self):
        """locals() of the frame (f_locals): its names dict, else a new dict of
        its bound locals and cells (empty once the frame has ended)."""
        if self.locals_dict is not None:
            return self.locals_dict
        d = {}
        code = self.code
        if self.locals is not None:
            for i, name in enumerate(code.varnames):
                if i < len(self.locals) and self.locals[i] is not NULL:
                    d[name] = self.locals[i]
        cells = self.cells or ()
        for i, name in enumerate(code.cellvars + code.freevars):
            if i < len(cells) and cells[i].contents is not NULL:
                d[name] = cells[i].contents
        return d

    def first_argument(self):
        code = self.code
        for ci, ai in code.cell2arg:
            if ai == 0:
                return self.cells[ci].contents
        return self.locals[0] if self.locals else NULL

    def clear(self):
        """Drop the frame's references eagerly, as CPython does when a frame ends:
        its locals first to last, then its cells, then its value stack bottom up
        (CPython 3.11's _PyFrame_Clear walks localsplus, then the stack, upwards)."""
        self._in_cpython_order()
        self.locals = None
        self.cells = None
        self.stack = None
        self.blocks = None
        if self.held is not None:
            self.held = None

    def _in_cpython_order(self):
        """Reverse the lists the frame owns, so that the host, which frees a list's
        items last to first, frees them first to last as CPython frees a frame's
        (finalizer order: `a = D(); b = D()` in a function that returns prints
        a's `__del__` first on CPython).  A frame's locals list and value stack
        are its own; its cells list is its own only when the code has cellvars
        (a closure's frame otherwise uses the function's closure)."""
        L = self.locals
        if L is not None and len(L) > 1:
            L.reverse()
        L = self.stack
        if L is not None and len(L) > 1:
            L.reverse()
        L = self.cells
        if L is not None and len(L) > 1 and self.code.cellvars:
            L.reverse()

    if REFCOUNTING_HOST:            # (on PyPy a finalizer makes every frame costlier)
        def __del__(self):
            # a frame dropped with its locals (a call's frame when it returns, a
            # frame a traceback kept, a suspended generator's): as clear(), in
            # CPython's order; the host then frees the attributes in the order
            # they were set (locals, cells, ..., stack), as _PyFrame_Clear does.
            # Not in the host's cycle collection: a generator's frame may yet
            # run (its close()).
            if self.locals is None and self.cells is None and self.stack is None:
                return              # (cleared: nothing to reorder)
            if refcount_death(self):
                self._in_cpython_order()

    def clear_for_traceback(self):
        """A frame an exception leaves: its value stack goes, its locals and cells
        stay alive as long as a traceback refers to the frame (CPython's frame
        object), so their finalizers run when the exception is dropped.  What
        the caller's call held for it goes (CPython's CALL lets go of it as the
        call fails)."""
        self.stack = None
        self.blocks = None
        if self.held is not None:
            self.held = None


def make_frame(w_func, args, kwargs):
    """A new frame for calling VM function w_func with host list args, dict kwargs."""
    code = w_func.code
    if code.simple_args and not kwargs and len(args) == code.argcount:
        locals_ = args + [NULL] * (code.nlocals - len(args)) if code.nlocals != len(args) \
            else args
    else:
        locals_ = quick_bind(w_func, code, args, kwargs) or bind_args(w_func, code, args, kwargs)
    if code.ncells:
        if code.cellvars:
            cells = [W_Cell() for _ in code.cellvars]
            if w_func.closure:
                cells.extend(w_func.closure)
            for ci, ai in code.cell2arg:
                cells[ci].contents = locals_[ai]
                locals_[ai] = NULL
        else:
            cells = list(w_func.closure or ())  # free variables only (a genexpr's, a closure's)
    else:
        cells = None
    return Frame(code, w_func.w_globals, locals_, cells, None, w_func)


def quick_bind(w_func, code, args, kwargs):
    """Binding for the common cases (positional args, keywords naming positional
    parameters, defaults filling the rest); None sends the call to bind_args."""
    if not code.plain_params:
        return None
    argcount = code.argcount
    nargs = len(args)
    if nargs > argcount:
        return None
    locals_ = args + [NULL] * (code.nlocals - nargs)
    if kwargs:
        index = code.arg_index
        for k in kwargs:
            i = index.get(k, -1)
            if i < nargs:
                return None          # unknown keyword or multiple values: error path
            locals_[i] = kwargs[k]
    defaults = w_func.defaults
    first_default = argcount - (len(defaults) if defaults else 0)
    for i in range(nargs, argcount):
        if locals_[i] is NULL:
            if i < first_default:
                return None          # missing argument: error path
            locals_[i] = defaults[i - first_default]
    if code.kwonlyargcount:
        kwdefaults = w_func.kwdefaults or {}
        varnames = code.varnames
        for i in range(argcount, argcount + code.kwonlyargcount):
            if locals_[i] is NULL:
                w_d = kwdefaults.get(varnames[i], NULL)
                if w_d is NULL:
                    return None      # missing keyword-only argument: error path
                locals_[i] = w_d
    return locals_


def _plural(n, word):
    return "%d %s%s" % (n, word, "" if n == 1 else "s")


def _name_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def bind_args(w_func, code, args, kwargs):
    """General argument binding with CPython's error messages, in CPython
    3.11's order (ceval.c, initialize_locals): positional arguments, then each
    keyword in turn (the first unknown one, or one naming a parameter already
    given, is the error), then too many positional arguments, then missing
    positional ones, then missing keyword-only ones."""
    name = w_func.qualname
    varnames = code.varnames
    nlocals = [NULL] * code.nlocals
    argcount = code.argcount
    kwonly = code.kwonlyargcount
    total = argcount + kwonly
    posonly = code.posonlyargcount
    has_varargs = code.flags & code.VARARGS
    has_varkw = code.flags & code.VARKEYWORDS
    nargs = len(args)
    nfixed = min(nargs, argcount)
    nlocals[:nfixed] = args[:nfixed]
    idx = total
    if has_varargs:
        nlocals[idx] = tuple(args[argcount:])
        idx += 1
    w_kwdict = None
    if has_varkw:
        w_kwdict = {}
        nlocals[idx] = w_kwdict
    if kwargs:
        for k in kwargs:
            if not isinstance(k, str):
                # (as _PyStack_UnpackDict, before any binding: a class's __init__
                # or __new__ called with type_call's keyword dict)
                raise space.oefmt(E.w_TypeError, "keywords must be strings")
        for k, w_v in kwargs.items():
            try:
                i = varnames.index(k, posonly, total)
            except ValueError:
                # (a positional-only parameter's name is no parameter's here)
                if w_kwdict is None:
                    conflicts = [n for n in varnames[:posonly] if n in kwargs]
                    if conflicts:
                        raise space.oefmt(E.w_TypeError, "%s() got some positional-only "
                                          "arguments passed as keyword arguments: '%s'"
                                          % (name, ", ".join(conflicts)))
                    raise space.oefmt(E.w_TypeError, "%s() got an unexpected keyword argument "
                                      "'%s'" % (name, k))
                w_kwdict[k] = w_v
                continue
            if nlocals[i] is not NULL:
                raise space.oefmt(E.w_TypeError, "%s() got multiple values for argument '%s'"
                                  % (name, k))
            nlocals[i] = w_v
    defaults = w_func.defaults or ()
    ndef = len(defaults)
    if nargs > argcount and not has_varargs:
        given_kw = sum(1 for i in range(argcount, total) if nlocals[i] is not NULL)
        if ndef:
            takes = "from %d to %d positional arguments" % (argcount - ndef, argcount)
        else:
            takes = _plural(argcount, "positional argument")
        if given_kw:
            raise space.oefmt(E.w_TypeError, "%s() takes %s but %d positional argument%s (and %d "
                              "keyword-only argument%s) were given"
                              % (name, takes, nargs, "" if nargs == 1 else "s", given_kw,
                                 "" if given_kw == 1 else "s"))
        raise space.oefmt(E.w_TypeError, "%s() takes %s but %d %s given"
                          % (name, takes, nargs, "was" if nargs == 1 else "were"))
    missing = []
    for i in range(nfixed, argcount):
        if nlocals[i] is NULL:
            j = i - (argcount - ndef)
            if j >= 0:
                nlocals[i] = defaults[j]
            else:
                missing.append(varnames[i])
    if missing:
        raise space.oefmt(E.w_TypeError, "%s() missing %d required positional argument%s: %s"
                          % (name, len(missing), "" if len(missing) == 1 else "s",
                             _name_list(missing)))
    kwdefaults = w_func.kwdefaults or {}
    for i in range(argcount, total):
        if nlocals[i] is NULL:
            n = varnames[i]
            if n in kwdefaults:
                nlocals[i] = kwdefaults[n]
            else:
                missing.append(n)
    if missing:
        raise space.oefmt(E.w_TypeError, "%s() missing %d required keyword-only argument%s: %s"
                          % (name, len(missing), "" if len(missing) == 1 else "s",
                             _name_list(missing)))
    return nlocals


def virtual_frames(frame, inner=None):
    """For introspection (frames made anew at each asking): the frames of the
    calls a compiled trace has inlined, at the call it is suspended in (the
    backend's `_vs`, that call's snapshot; the values from the trace's host
    frame).  With `frame`, the trace running it: the innermost inlined frame
    (made now if virtual; None when no trace of it is in such a call).  With
    `inner`, a frame the trace made for one of the calls: the frame outside
    it (None when no trace has it)."""
    hf = _hostsys._getframe(2)
    while hf is not None:
        if hf.f_code.co_filename.startswith("<jit "):
            loc = hf.f_locals
            snap = loc.get("_vs")
            root = loc.get("f")
            if frame is not None and root is frame:
                return _made(snap, loc, root)[-1] if snap is not None else None
            if inner is not None and snap is not None and root is not None:
                chain = _made(snap, loc, root)
                for k in range(1, len(chain)):
                    if chain[k] is inner:
                        return chain[k - 1]
        hf = hf.f_back
    return None


def _made(snap, loc, root):
    """[root, the frame of each inlined level outwards in]."""
    def value(v):
        if v is None:
            return NULL
        if v.isconst:
            return v.const
        if v.items is not None:
            return tuple(value(i) for i in v.items)
        return loc.get(v.name, NULL)
    chain = [root]
    for lv in snap.levels[1:]:
        fr = value(lv.real) if lv.real is not None else NULL
        if fr.__class__ is not Frame:
            w_func = value(lv.func)
            locs = [value(v) for v in lv.locals] if lv.locals is not None else \
                [NULL] * lv.code.nlocals
            fr = Frame(lv.code, lv.globals, locs, getattr(w_func, "closure", None), None,
                       w_func if w_func is not NULL else None)
            fr.pc = lv.pc
            fr.back = chain[-1]
        chain.append(fr)
    return chain
