"""Confine the current process before it runs a program.

Stdlib only and Python 3.9 / PyPy compatible: the harness calls it in the
child of a spawn (as preexec_fn), and the fork server, which runs inside the
engine's own interpreter, calls it in each forked child.  Both must apply the
same confinement, so it is written once, here.

`limits` is a plain dict (Limits.to_dict() plus "cpu"); `uid` is the sandbox
user (an unprivileged uid that only this worker uses) or None when the harness
is not root.
"""
import os
import resource

CLONE_NEWNET = 0x40000000


def enter(limits, uid, new_group=True):
    if new_group:
        # Own process group: the harness kills the whole group.  (setpgid, not setsid:
        # same effect here, and PyPy's setsid costs ~3 ms per call.)
        os.setpgid(0, 0)
    _rlimit(resource.RLIMIT_CPU, limits["cpu"])
    _rlimit(resource.RLIMIT_DATA, limits["memory"])
    _rlimit(resource.RLIMIT_FSIZE, limits["output"])
    _rlimit(resource.RLIMIT_NOFILE, limits["open_files"])
    _rlimit(resource.RLIMIT_CORE, 0)
    if uid is not None:
        # RLIMIT_NPROC is not enforced for root, so drop to the sandbox uid: then it is, the
        # program cannot write where the harness keeps anything, and the harness can kill
        # every process the program left behind by killing all of that uid's processes.
        _rlimit(resource.RLIMIT_NPROC, limits["processes"])
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)


def _rlimit(which, value):
    soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(which, (value, value))


def unshare_network():
    """Move this process into a new network namespace with no interfaces (root only)."""
    import ctypes
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.unshare(CLONE_NEWNET) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))


def warm_up():
    """Do lazy initialisation once in the fork server, not in every child (PyPy's resource
    module is built on first use)."""
    for which in (resource.RLIMIT_CPU, resource.RLIMIT_DATA, resource.RLIMIT_FSIZE,
                  resource.RLIMIT_NOFILE, resource.RLIMIT_CORE, resource.RLIMIT_NPROC):
        resource.getrlimit(which)


def become_subreaper():
    """PR_SET_CHILD_SUBREAPER: orphans of our children become our children, so after a program
    ends, `has_children()` tells exactly whether anything it started is still running."""
    import ctypes
    ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)


def children(exclude=None):
    """Our child processes (zombies included), from /proc; all but `exclude`."""
    try:
        with open("/proc/self/task/%d/children" % os.getpid()) as f:
            pids = [int(p) for p in f.read().split()]
    except OSError:
        return [-1]                      # cannot tell: assume the worst
    return [p for p in pids if p != exclude]


def reap(exclude=None):
    """Wait for every child but `exclude` (after a sweep, the orphans it killed)."""
    for _ in range(1000):
        pids = [p for p in children(exclude) if p > 0]
        if not pids:
            return
        for p in pids:
            try:
                os.waitpid(p, 0)
            except ChildProcessError:
                pass


def sweep(uid):
    """Kill every process of the sandbox uid (what a program left behind, however it hid)."""
    if uid is None:
        return
    pid = os.fork()
    if pid == 0:
        try:
            os.setuid(uid)
            os.kill(-1, 9)               # all processes this uid may signal: its own, not us
        except OSError:
            pass
        os._exit(0)
    os.waitpid(pid, 0)
