"""The `_thread` module on the host: locks, RLocks, thread start, sentinels;
and time.sleep / sys.setswitchinterval under the scheduler.

Locks are host code, so acquire and release are atomic, as CPython's C locks
are; everything else in `threading` and `queue` is Python run by refvm
(refvm/lib/threading.py, queue.py) on top of these, as CPython's is.
A release does not hand the lock over: it wakes the first waiter, which tries
again when it next runs (another thread may have taken the lock by then), as
with CPython's locks.
"""
import sys
import time as _time

from refvm.errors import VMError, Unsupported
from refvm.objects import space, exceptions as E
from refvm.objects.model import W_Object, NULL
from refvm.objects.typeobject import builtin_type
from refvm.objects.functions import W_BuiltinFunction, method
from refvm.interp import state as _state
from refvm.threads import scheduler as S

TIMEOUT_MAX = 9223372036.0


def sched():
    return S.SCHED[0]


# ---------------------------------------------------------------- waiting
def _check_timeout(blocking, timeout):
    if not isinstance(timeout, (int, float)):
        raise space.oefmt(E.w_TypeError, "'%s' object cannot be interpreted as an integer"
                          % space.type_name(timeout))
    if not blocking and timeout != -1:
        raise space.oefmt(E.w_ValueError, "can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise space.oefmt(E.w_ValueError, "timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise space.oefmt(E.w_OverflowError, "timeout value is too large")
    return None if timeout == -1 else float(timeout)


def _acquire(w_lock, can_take, take, what, blocking, timeout):
    """Acquire with CPython's blocking/timeout rules; the waiting goes through
    the scheduler (a switch point)."""
    timeout = _check_timeout(blocking, timeout)
    if can_take():
        take()
        return True
    if not blocking:
        return False
    s = sched()
    end = None if timeout is None else s.seconds() + timeout
    me = s.current
    while True:
        left = None if end is None else max(0.0, end - s.seconds())
        w_lock.waiters.append(me)
        woken = s.block(what, left)
        if me in w_lock.waiters:
            w_lock.waiters.remove(me)
        if can_take():
            take()
            return True
        if not woken:
            return False


def _wake_one(w_lock):
    s = sched()
    while w_lock.waiters:
        t = w_lock.waiters.pop(0)
        if s.wake(t):
            return


# ---------------------------------------------------------------- lock
class W_Lock(W_Object):
    __slots__ = ("held", "waiters", "__weakref__")

    def __init__(self):
        self.held = False
        self.waiters = []


w_lock_type = builtin_type("lock", host_class=W_Lock, acceptable_base=False, module="_thread")
W_Lock.w_type = w_lock_type


def _lock_take(w):
    w.held = True


@method(w_lock_type, "acquire")
def lock_acquire(w, blocking=True, timeout=-1):
    return _acquire(w, lambda: not w.held, lambda: _lock_take(w), "lock.acquire()",
                    blocking, timeout)


@method(w_lock_type, "release")
def lock_release(w):
    if not w.held:
        raise space.oefmt(E.w_RuntimeError, "release unlocked lock")
    w.held = False
    _wake_one(w)
    return None


@method(w_lock_type, "locked")
def lock_locked(w):
    return w.held


@method(w_lock_type, "__enter__")
def lock_enter(w):
    return lock_acquire(w)


@method(w_lock_type, "__exit__")
def lock_exit(w, *args):
    lock_release(w)
    return None


@method(w_lock_type, "__repr__")
def lock_repr(w):
    return "<%s _thread.lock object at 0x%x>" % ("locked" if w.held else "unlocked", id(w))


for _alias, _fn in (("acquire_lock", lock_acquire), ("release_lock", lock_release),
                    ("locked_lock", lock_locked)):
    method(w_lock_type, _alias)(_fn)


# ---------------------------------------------------------------- RLock
class W_RLock(W_Object):
    __slots__ = ("owner", "count", "waiters", "__weakref__")

    def __init__(self):
        self.owner = 0
        self.count = 0
        self.waiters = []


w_rlock_type = builtin_type("RLock", host_class=W_RLock, acceptable_base=False,
                            module="_thread")
W_RLock.w_type = w_rlock_type


def _me():
    return sched().current.ident


def _rlock_take(w, count=1):
    w.owner = _me()
    w.count = count


@method(w_rlock_type, "acquire")
def rlock_acquire(w, blocking=True, timeout=-1):
    if w.count and w.owner == _me():
        _check_timeout(blocking, timeout)
        w.count += 1
        return True
    return _acquire(w, lambda: w.count == 0, lambda: _rlock_take(w), "RLock.acquire()",
                    blocking, timeout)


@method(w_rlock_type, "release")
def rlock_release(w):
    if w.count == 0 or w.owner != _me():
        raise space.oefmt(E.w_RuntimeError, "cannot release un-acquired lock")
    w.count -= 1
    if w.count == 0:
        w.owner = 0
        _wake_one(w)
    return None


@method(w_rlock_type, "_is_owned")
def rlock_is_owned(w):
    return w.count > 0 and w.owner == _me()


@method(w_rlock_type, "_release_save")
def rlock_release_save(w):
    if w.count == 0:
        raise space.oefmt(E.w_RuntimeError, "cannot release un-acquired lock")
    saved = (w.count, w.owner)
    w.count = 0
    w.owner = 0
    _wake_one(w)
    return saved


@method(w_rlock_type, "_acquire_restore")
def rlock_acquire_restore(w, w_state):
    count, _owner = w_state
    _acquire(w, lambda: w.count == 0, lambda: _rlock_take(w, count), "RLock.acquire()",
             True, -1)
    return None


@method(w_rlock_type, "__enter__")
def rlock_enter(w):
    return rlock_acquire(w)


@method(w_rlock_type, "__exit__")
def rlock_exit(w, *args):
    rlock_release(w)
    return None


@method(w_rlock_type, "__repr__")
def rlock_repr(w):
    return "<%s _thread.RLock object owner=%d count=%d at 0x%x>" % (
        "locked" if w.count else "unlocked", w.owner, w.count, id(w))


def _new_rlock(w_cls, *args, **kwargs):
    return W_RLock()


def _new_lock(w_cls, *args, **kwargs):
    return W_Lock()


# ---------------------------------------------------------------- threads
def start_new_thread(w_func, w_args, w_kwargs=NULL):
    if not space.callable(w_func):
        raise space.oefmt(E.w_TypeError, "first arg must be callable")
    if not isinstance(w_args, tuple):
        raise space.oefmt(E.w_TypeError, "2nd arg must be a tuple")
    if w_kwargs is not NULL and not isinstance(w_kwargs, dict):
        raise space.oefmt(E.w_TypeError, "optional 3rd arg must be a dictionary")
    s = sched()
    parent = _state.state
    st = _state.ThreadState()
    st.config = parent.config
    st.recursion_limit = parent.recursion_limit
    st.max_nest = S.THREAD_MAX_NEST
    t = s.new_thread(st)
    t.function = w_func
    args = list(w_args)
    kwargs = dict(w_kwargs) if w_kwargs is not NULL else None
    S.host_thread(lambda: _thread_main(s, t, w_func, args, kwargs), "refvm-thread-%d" % t.tid)
    return t.ident


def _thread_main(s, t, w_func, args, kwargs):
    """The host thread of VM thread t."""
    s.wait_first_turn(t)
    try:
        try:
            space.call(w_func, args, kwargs or None)
        except VMError as e:
            if not space.isinstance_w(e.w_exc, E.w_SystemExit):
                _unraisable(w_func, e.w_exc)
        s.exit_current()
    except S.ReplayDiverged as e:
        s.abort(2, "refvm: replay diverged: %s\n" % e)
    except Unsupported as e:
        line = e.lineno or (t.st.frame.line() if t.st.frame is not None else 0)
        s.abort(3, "refvm: unsupported: %s (line %d)\n" % (e.what, line))
    except BaseException as e:
        import traceback
        s.abort(70, "refvm: internal error: %s: %s\n%s" % (type(e).__name__, e,
                                                          traceback.format_exc()))
    S._frozen.acquire() if t.status is not S.DONE else None


def _unraisable(w_func, w_exc):
    from refvm.interp import traceback as tb
    S.flush_host_streams()
    try:
        text = "Exception ignored in thread started by: %s\n" % space.repr(w_func)
        text += tb.join_lines(tb.format_exception(w_exc))
    except VMError:
        text = "Exception ignored in thread started by: <function>\n"
    sys.stderr.write(text)
    sys.stderr.flush()


def _format_exception(w_exc):
    """The CPython-format traceback of w_exc (threading.excepthook prints it)."""
    from refvm.interp import traceback as tb
    return tb.join_lines(tb.format_exception(w_exc))


def get_ident():
    return sched().current.ident


def _count():
    return sum(1 for t in sched().threads if t.tid and t.status is not S.DONE)


def _set_sentinel():
    """A lock that is released when the calling thread ends (Thread.join waits on it)."""
    w = W_Lock()
    w.held = True

    def release():
        if w.held:
            lock_release(w)
    sched().current.sentinels.append(release)
    return w


def stack_size(size=0):
    if size and size < 32768:
        raise space.oefmt(E.w_ValueError, "size not valid: %d bytes" % size)
    return 0


def make_thread():
    from refvm.objects.functions import staticmethod_
    staticmethod_(w_lock_type, "__new__")(_new_lock)
    staticmethod_(w_rlock_type, "__new__")(_new_rlock)
    fns = {
        "start_new_thread": start_new_thread,
        "start_new": start_new_thread,
        "allocate_lock": lambda: W_Lock(),
        "allocate": lambda: W_Lock(),
        "get_ident": get_ident,
        "get_native_id": get_ident,
        "_count": _count,
        "_set_sentinel": _set_sentinel,
        "stack_size": stack_size,
        "daemon_threads_allowed": lambda: True,
        "_clock": lambda: sched().seconds(),
        "_format_exception": _format_exception,
    }
    d = dict((n, W_BuiltinFunction(n, f)) for n, f in fns.items())
    d["LockType"] = w_lock_type
    d["lock"] = w_lock_type
    d["RLock"] = w_rlock_type
    d["TIMEOUT_MAX"] = TIMEOUT_MAX
    d["error"] = E.w_RuntimeError
    return d


# ---------------------------------------------------------------- time and sys
def sleep(secs):
    if not isinstance(secs, (int, float)) or isinstance(secs, bool):
        raise space.oefmt(E.w_TypeError, "'%s' object cannot be interpreted as an integer"
                          % space.type_name(secs))
    if secs < 0:
        raise space.oefmt(E.w_ValueError, "sleep length must be non-negative")
    s = sched()
    if s is None:
        _time.sleep(secs)
    elif secs == 0:
        if s.alive > 1:
            s.yield_now()
    else:
        s.block("time.sleep(%s)" % space.repr(secs), float(secs))
    return None


def setswitchinterval(w_value):
    if not isinstance(w_value, (int, float)):
        raise space.oefmt(E.w_TypeError, "must be real number, not %s" % space.type_name(w_value))
    value = float(w_value)
    if value <= 0:
        raise space.oefmt(E.w_ValueError, "switch interval must be strictly positive")
    s = sched()
    if s is not None:
        s.interval_us = int(1e6 * value)
    return None


def getswitchinterval():
    s = sched()
    us = s.interval_us if s is not None else S.DEFAULT_INTERVAL_US
    return us * 1e-6      # as CPython computes it (0.001234 -> 0.0012339999999999999)
