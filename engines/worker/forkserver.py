"""The fork server: started once inside an engine's interpreter, forks per program.

Runs under CPython or PyPy (3.9-compatible, stdlib only; it must not import the
diverge package).  Each forked child confines itself, points fds 1 and 2 at the
run's output files, and runs the program the way `python prog.py` would: a
fresh `__main__`, sys.argv, sys.modules as a fresh interpreter has it, the
traceback printed by sys.excepthook, and an ordinary interpreter shutdown
(atexit, non-daemon threads joined, module teardown running finalizers) — so
a program cannot tell it was forked rather than started.

Protocol on fds 0/1: frames of a 4-byte big-endian length + marshal (version 2).
    server -> {"ready": True, "pid": ...}
    client -> {"path", "argv", "cwd", "stdout", "stderr", "limits", "uid"}
    server -> {"started": pid}  ...  {"status": int, "utime", "stime", "maxrss", "wall"}
The server keeps one child forked in advance, waiting on a pipe for its
program, so a fork is never on the path of a request.
Usage: forkserver.py script | forkserver.py refvm
"""
import sys

_BASELINE = set(sys.modules)       # what a freshly started interpreter has imported

import marshal  # noqa: E402
import os  # noqa: E402
import struct  # noqa: E402
import time  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import confine  # noqa: E402

del sys.path[0]
MODE = sys.argv[1] if len(sys.argv) > 1 else "script"


def recv(f):
    head = f.read(4)
    if len(head) < 4:
        return None
    (n,) = struct.unpack(">I", head)
    return marshal.loads(f.read(n))


def send(f, obj):
    data = marshal.dumps(obj, 2)
    f.write(struct.pack(">I", len(data)) + data)
    f.flush()


def serve():
    proto_in = os.fdopen(os.dup(0), "rb", 0)
    proto_out = os.fdopen(os.dup(1), "wb", 0)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    if "--no-network" in sys.argv:
        confine.unshare_network()
    confine.become_subreaper()           # whatever a program leaves running is re-parented to us
    confine.warm_up()
    warm_compiler()
    if MODE == "refvm":
        warm_refvm()
    send(proto_out, {"ready": True, "pid": os.getpid()})
    protocol = (proto_in, proto_out)
    spare = fork_spare(protocol)
    while True:
        req = recv(proto_in)
        if req is None:
            os.kill(spare[0], 9)
            return
        pid, pipe = spare
        start = time.monotonic()
        send_fd(pipe, req)               # the waiting child takes the program
        send(proto_out, {"started": pid})
        spare = fork_spare(protocol)     # the next one is forked while this program runs
        _, status, ru = os.wait4(pid, 0)
        wall = time.monotonic() - start
        try:
            os.killpg(pid, 9)            # what the program left in its group
        except OSError:
            pass
        if confine.children(exclude=spare[0]):   # something outlived the program, however it hid
            confine.sweep(req["uid"])
            confine.reap(exclude=spare[0])
        send(proto_out, {"status": status, "utime": ru.ru_utime, "stime": ru.ru_stime,
                         "maxrss": ru.ru_maxrss, "wall": wall})


def warm_compiler():
    """Compile a little of everything once, so the parser's and compiler's lazily built state
    is in the server's memory before any fork: a child's first compile() otherwise builds it
    again (and copies the pages it writes) for every program, about half of a small program's
    page faults here."""
    compile("import sys\n"
            "class C(object):\n"
            "    def m(self, a, b=1, *c, d=None, **e):\n"
            "        x = [i * 2.5 for i in a if i] + list({k: v for k, v in e.items()})\n"
            "        try:\n"
            "            return f'{x!r:>10}' if x else (lambda y: y)(b'z')\n"
            "        except (ValueError, KeyError) as err:\n"
            "            raise RuntimeError('s') from err\n"
            "        finally:\n"
            "            del x\n"
            "print(sum(k for k in range(3)), {1, 2}, C().m([1]))\n", "<warm-up>", "exec")


def warm_refvm():
    """Import refvm and run an empty program once, so each forked child starts with the VM's
    lazily built state (builtin types, modules) already in memory."""
    import refvm
    warm = getattr(refvm, "warm_up", None)
    if warm is not None:
        warm()
    else:
        refvm.main([os.devnull])


def fork_spare(protocol):
    """Fork a child that waits for its program; -> (pid, write end of its pipe)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(w)
        for f in protocol:
            f.close()
        with os.fdopen(r, "rb", 0) as pipe:
            req = recv(pipe)
        if req is None:
            os._exit(0)
        child(req)                       # never returns: ends in interpreter shutdown
    os.close(r)
    return pid, w


def send_fd(fd, obj):
    with os.fdopen(fd, "wb", 0) as f:
        send(f, obj)


def child(req):
    try:
        for fd, path in ((1, req["stdout"]), (2, req["stderr"])):   # opened as root, before the uid drop
            f = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(f, fd)
            os.close(f)
        confine.enter(req["limits"], req["uid"])
        os.chdir(req["cwd"])
    except BaseException as e:           # cannot even start the program: say so, distinctly
        os.write(2, ("diverge-worker: setup failed: %r\n" % (e,)).encode())
        os._exit(125)
    if MODE == "refvm":
        run_refvm(req["argv"])           # the program lives in the VM; the host's modules stay warm
    for name in list(sys.modules):
        if name not in _BASELINE:
            del sys.modules[name]
    run_script(req["path"], req["argv"])


def run_refvm(argv):
    import refvm
    code = refvm.main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def run_script(path, argv):
    import builtins
    path = os.path.abspath(path)         # as `python prog.py` gives it (CPython >= 3.9, PyPy)
    sys.argv = list(argv)
    sys.path[0] = os.getcwd()
    main = type(sys)("__main__")
    main.__file__ = path
    main.__builtins__ = builtins
    main.__cached__ = None
    main.__spec__ = None
    main.__package__ = None
    sys.modules["__main__"] = main
    with open(path, "rb") as f:
        source = f.read()
    full = needs_full_shutdown(source)
    try:
        exec(compile(source, path, "exec"), main.__dict__)
    except SystemExit:
        if full:
            raise                        # the interpreter handles it exactly as for a script
        finish(exit_code(sys.exc_info()[1]))
    except BaseException:
        etype, value, tb = sys.exc_info()
        while tb is not None and tb.tb_frame.f_code.co_filename == __file__:
            tb = tb.tb_next             # hide this runner's frames, as a script's traceback would
        if value is not None:
            value.__traceback__ = tb     # CPython prints the exception's own traceback
        sys.excepthook(etype, value, tb)
        del etype, value, tb
        if full:
            raise SystemExit(1) from None
        finish(1)
    if full:
        raise SystemExit(0)
    finish(0)


# Tearing down a forked interpreter touches every page it shares with the server
# (~9 ms on CPython here).  A program can observe only part of that teardown:
# non-daemon threads joined, atexit handlers, flushed stdio - and finalizers of
# objects still alive at exit (objects with __del__, weakref callbacks,
# unfinished generators, unflushed files).  Programs that could have the latter
# get the real shutdown; the rest get the observable part and _exit.
_FULL_SHUTDOWN_TOKENS = (b"__del__", b"weakref", b"yield", b"finaliz", b"open(", b"stdout", b"stderr",
                         b"gc.", b"import gc", b"io.", b"import io", b"ctypes", b"__exit__", b"tempfile",
                         b"logging")


def needs_full_shutdown(source):
    return MODE != "script" or any(t in source for t in _FULL_SHUTDOWN_TOKENS)


def exit_code(exc):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        sys.stderr.write(str(code) + "\n")
    except Exception:
        pass
    return 1


def finish(code):
    """The observable part of interpreter shutdown, in CPython's order, then _exit."""
    if "threading" in sys.modules:
        sys.modules["threading"]._shutdown()
    atexit = sys.modules.get("atexit")  # nothing registered if nothing imported it (re-importing costs ms)
    if atexit is not None:
        atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            code = 120                  # what CPython exits with when flushing stdout fails
    os._exit(code)


if __name__ == "__main__":
    serve()
