"""Generators: a suspended frame plus send/throw/close (PEP 342, PEP 380)."""
from refvm.errors import VMError
from refvm.objects import space, exceptions as E
from refvm.objects.model import W_Object, W_Type, NULL, typeof
from refvm.objects.typeobject import builtin_type
from refvm.objects.functions import method, getset
from refvm.gc.instances import COLLECTOR
from refvm.gc.collector import next_seq
from refvm.jit import ACTIVE

interp = None   # refvm.interp.loop, set by bootstrap


class W_Generator(W_Object):
    # The frame does not point back at its generator, so that dropping the last
    # reference to a suspended generator frees it at once on a refcounting host,
    # and __del__ closes it then, as CPython does (PEP 342).
    __slots__ = ("frame", "running", "started", "name", "qualname", "exc_state", "home",
                 "code", "__weakref__", "gc_extra")

    def __init__(self, frame):
        self.frame = frame
        frame.gen_owned = True
        self.home = interp._state.state     # the VM run this generator belongs to
        self.running = False
        self.started = False
        self.code = frame.code          # (gi_code, after the frame is gone too)
        self.name = name = frame.code.name
        w_func = frame.w_func
        self.qualname = w_func.qualname if w_func is not None else name
        self.exc_state = None
        c = COLLECTOR[0]
        if c is not None:
            c.allocated()
            self.gc_extra = next_seq()

    # -- the one resumption path: push the sent value (or throw) and run
    def _resume(self, w_value, w_throw=NULL):
        if self.running:
            raise space.oefmt(E.w_ValueError, "generator already executing")
        f = self.frame
        if f is None:
            if w_throw is not NULL:
                raise VMError(w_throw)
            return NULL
        if not self.started and w_throw is NULL and w_value is not None:
            raise space.oefmt(E.w_TypeError,
                              "can't send non-None value to a just-started generator")
        if self.started and w_throw is NULL:
            f.stack.append(w_value)
        self.started = True
        self.running = True
        f.yielded = False
        st = interp._state.state
        caller_exc = st.exc_info
        if self.exc_state is not None:
            st.exc_info = self.exc_state
        return self._run(f, st, caller_exc, w_throw)

    def _run(self, f, st, caller_exc, w_throw=NULL, pending=None):
        """Run the frame (set up by _resume) to its next yield or its end.
        pending: the JIT ran its compiled step and it did not end in the yield
        (hotloop.Jit.next_of): run_frame goes on from the step's exit."""
        try:
            if w_throw is not NULL:
                w_r = interp.run_frame(f, w_throw)
            elif pending is not None:
                w_r = interp.run_frame(f, NULL, pending)
            elif ACTIVE[0] is not None:
                # JIT: a compiled step may run to the next yield without the run loop
                w_r = ACTIVE[0].resume_generator(f, st)
            else:
                w_r = interp.run_frame(f)
        except VMError as e:
            self._finish(raised=True)
            st.exc_info = caller_exc
            if space.isinstance_w(e.w_exc, E.w_StopIteration):
                raise VMError(E.from_cause(E.w_RuntimeError, "generator raised StopIteration",
                                           e.w_exc))
            raise
        finally:
            self.running = False
        return self._left(f, st, caller_exc, w_r)

    def _left(self, f, st, caller_exc, w_r):
        """The frame yielded w_r or returned it: the generator's side of it."""
        self.exc_state = st.exc_info if st.exc_info is not caller_exc else None
        st.exc_info = caller_exc
        if f.yielded:
            # the value is the caller's now: a suspended frame keeps no reference
            # to what it yielded (CPython's does not; finalizer timing)
            f.retval = None
            return w_r
        self._finish()
        return _Returned(w_r)

    def step_done(self, f, st, caller_exc):
        """The JIT's compiled step, run from hotloop.Jit.next_of, ended in the
        frame's yield or return: the next value, or NULL.  (_left and _finish
        written out: a generator's return comes here once per generator.)"""
        self.running = False
        self.exc_state = st.exc_info if st.exc_info is not caller_exc else None
        st.exc_info = caller_exc
        w_r = f.retval
        if f.yielded:
            f.retval = None
            return w_r
        f.clear()
        self.frame = None
        w_r = None          # (the return value outlives the frame, as in _left)
        return NULL

    def step_exited(self, f, st, caller_exc, pending):
        """... it left early (an exit or an exception): run_frame goes on from
        there, as _resume would; the next value, or NULL."""
        w_r = self._run(f, st, caller_exc, NULL, pending)
        return NULL if w_r.__class__ is _Returned else w_r

    def _finish(self, raised=False):
        """The frame ended: it lets go of what it holds, as CPython's frame does
        when it ends, except that a frame an exception left keeps its locals
        while the traceback refers to it (loop._unwind; a generator raising
        past a handler printed `del` of its locals before the handler ran)."""
        f = self.frame
        if f is not None:
            if raised:
                f.clear_for_traceback()
            else:
                f.clear()
        self.frame = None

    def resume_or_null(self, w_value):
        """For iteration: the next value, or NULL when the generator is done."""
        jit = ACTIVE[0]
        if jit is not None and w_value is None:
            return jit.next_of(self)        # a compiled step, run with less protocol
        return self._resume_or_null(w_value)

    def _resume_or_null(self, w_value):
        w_r = self._resume(w_value)
        if w_r.__class__ is _Returned:
            return NULL
        return w_r

    def send(self, w_value):
        w_r = self._resume(w_value)
        return _value_or_stop(w_r)

    def throw(self, w_exc, raw=None):
        """Throw w_exc in at the frame's yield.  raw: throw()'s own arguments
        (type, value, traceback; NULL where not given), which a delegated
        iterator's throw gets as they are, as CPython's _gen_throw passes them
        before it looks at them; w_exc is then None until the innermost
        generator makes the exception of them (_thrown)."""
        f = self.frame
        if f is not None and f.w_yieldfrom is not NULL:
            w_sub = f.w_yieldfrom
            try:
                if _matches(raw[0] if raw is not None else w_exc, E.w_GeneratorExit):
                    _close_iter(w_sub)
                    raise VMError(w_exc if w_exc is not None else _thrown(*raw))
                if w_sub.__class__ is W_Generator:
                    w_v = w_sub.throw(w_exc, raw)
                else:
                    w_th = space.getattr_or_null(w_sub, "throw")
                    if w_th is NULL:
                        raise VMError(w_exc if w_exc is not None else _thrown(*raw))
                    args = [w_exc]
                    if raw is not None:
                        # (PyObject_CallFunctionObjArgs stops at the first NULL)
                        args = []
                        for w_a in raw:
                            if w_a is NULL:
                                break
                            args.append(w_a)
                    w_v = space.call(w_th, args)
                return w_v
            except VMError as e:
                f.w_yieldfrom = NULL
                if space.isinstance_w(e.w_exc, E.w_StopIteration) and e.w_exc is not w_exc:
                    f.stack.pop()                      # the sub-iterator
                    f.pc += 1                          # past YIELD_FROM
                    w_val = e.w_exc.args[0] if e.w_exc.args else None
                    return self.send_after_yieldfrom(w_val)
                w_exc = e.w_exc
            f.pc += 1
            f.stack.pop()
        if w_exc is None:
            w_exc = _thrown(*raw)
        return _value_or_stop(self._resume(None, w_exc))

    def send_after_yieldfrom(self, w_val):
        # the result of `yield from` becomes the value on the frame's stack
        self.frame.stack.append(w_val)
        self.started = False
        try:
            return _value_or_stop(self._resume(None))
        finally:
            self.started = True

    def __del__(self):
        """A suspended generator died: the collector closes it now (refcount GC
        mode: its finally blocks run as on CPython) or at a collection."""
        c = COLLECTOR[0]
        if c is None:
            return
        c.hooked_died(self)
        f = self.frame
        if f is None or not self.started or self.running or not f.blocks:
            return
        c.on_generator_death(self)        # (the collector ignores other runs' generators)

    def finalize(self):
        """The generator's finalizer: close(), an exception reported, not raised."""
        st = interp._state.state
        saved_exc = st.exc_info
        try:
            self.close()
        except VMError as e:
            _report_unraisable(self, e.w_exc)
        finally:
            st.exc_info = saved_exc

    def close(self):
        if self.frame is None:
            return None
        if not self.started:
            self._finish()
            return None
        try:
            self.throw(E.W_BaseException(E.w_GeneratorExit, ()))
        except VMError as e:
            if space.isinstance_w(e.w_exc, E.w_GeneratorExit) or \
                    space.isinstance_w(e.w_exc, E.w_StopIteration):
                return None
            raise
        raise space.oefmt(E.w_RuntimeError, "generator ignored GeneratorExit")


def _report_unraisable(w_gen, w_exc):
    import sys
    from refvm.interp import traceback as tb
    try:
        from refvm.gc.unraisable import format_unraisable
        lines = format_unraisable(w_exc, chain=False)
        sys.stderr.write("Exception ignored in: %s\n%s" % (gen_repr(w_gen), tb.join_lines(lines)))
    except Exception:
        pass


class _Returned(object):
    __slots__ = ("w_value",)

    def __init__(self, w_value):
        self.w_value = w_value


def _value_or_stop(w_r):
    if w_r is NULL:
        raise VMError(E.W_BaseException(E.w_StopIteration, ()))
    if w_r.__class__ is _Returned:
        args = () if w_r.w_value is None else (w_r.w_value,)
        raise VMError(E.W_BaseException(E.w_StopIteration, args))
    return w_r


def _close_iter(w_it):
    if w_it.__class__ is W_Generator:
        w_it.close()
        return
    w_close = space.getattr_or_null(w_it, "close")
    if w_close is not NULL:
        space.call(w_close, [])


w_generator = builtin_type("generator", acceptable_base=False)
W_Generator.w_type = w_generator


@method(w_generator, "__iter__")
def gen_iter(w_g):
    return w_g


@method(w_generator, "__next__")
def gen_next(w_g):
    return w_g.send(None)


@method(w_generator, "send")
def gen_send(w_g, w_v):
    return w_g.send(w_v)


@method(w_generator, "throw")
def gen_throw(w_g, w_type, w_val=NULL, w_tb=NULL):
    return w_g.throw(None, (w_type, w_val, w_tb))


def _matches(w_given, w_cls):
    """PyErr_GivenExceptionMatches: an exception class or instance of w_cls."""
    if isinstance(w_given, W_Type):
        return w_given.issubtype(w_cls)
    return space.isinstance_w(w_given, w_cls)


def _thrown(w_type, w_val, w_tb):
    """The exception throw(w_type, w_val, w_tb) raises in the innermost
    generator, as CPython 3.11's _gen_throw makes it: the traceback checked
    first, a class instantiated as PyErr_NormalizeException does (its value,
    or the value's items, as arguments), an instance taken as it is (with no
    value)."""
    from refvm.interp.traceback import W_Traceback
    from refvm.interp.instructions import make_exception
    if w_tb is NULL or w_tb is None:
        w_tb = None
    elif not isinstance(w_tb, W_Traceback):
        raise space.oefmt(E.w_TypeError, "throw() third argument must be a traceback object")
    if w_val is NULL:
        w_val = None
    if isinstance(w_type, W_Type) and w_type.issubtype(E.w_BaseException):
        if w_val is not None and space.isinstance_w(w_val, w_type):
            w_exc = w_val
        else:
            args = [] if w_val is None else list(w_val) if w_val.__class__ is tuple else [w_val]
            w_exc = make_exception(w_type, args=args)
    elif space.isinstance_w(w_type, E.w_BaseException):
        if w_val is not None:
            raise space.oefmt(E.w_TypeError, "instance exception may not have a separate value")
        w_exc = w_type
    else:
        raise space.oefmt(E.w_TypeError, "exceptions must be classes or instances deriving "
                          "from BaseException, not %s" % space.type_name(w_type))
    if w_tb is not None:
        w_exc.w_traceback = w_tb
    return w_exc


@method(w_generator, "close")
def gen_close(w_g):
    return w_g.close()


@method(w_generator, "__repr__")
def gen_repr(w_g):
    return "<generator object %s at 0x%x>" % (w_g.qualname, id(w_g))


getset(w_generator, "__name__")(lambda w: w.name)
getset(w_generator, "__qualname__")(lambda w: w.qualname)
getset(w_generator, "gi_running")(lambda w: w.running)
getset(w_generator, "gi_frame")(lambda w: w.frame)
getset(w_generator, "gi_code")(lambda w: w.code)
getset(w_generator, "gi_yieldfrom")(
    lambda w: w.frame.w_yieldfrom if w.frame is not None and w.frame.w_yieldfrom is not NULL
    else None)
getset(w_generator, "gi_suspended")(lambda w: w.started and w.frame is not None and not w.running)
