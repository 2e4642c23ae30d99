"""Runs many programs in one interpreter, each in a fresh `__main__` namespace.

For engines that cannot fork (Jython 2.7 on the JVM, Pyodide 3.14 under Node):
start-up costs ~1 s and ~2 s there, so the process is kept and programs are fed
to it.  This file must run unchanged on Python 2.7 and 3.x, stdlib only.  Each
program's result is reported the way a process would have ended: exit status
(0, 1 after an uncaught exception with its traceback on stderr, SystemExit's
code), stdout and stderr.

Protocol: one JSON request per line on stdin ({"source", "filename", "cap"});
each reply is one line starting with MARK on stdout (other lines on the real
stdout - a program writing to sys.__stdout__ - are ignored by the harness).
"""
import json
import types
import sys
import time
import traceback

try:
    import builtins
except ImportError:                      # Python 2
    import __builtin__ as builtins

MARK = "\x00DIVERGE "
PY2 = sys.version_info[0] == 2


class OutputLimit(IOError):
    pass


class Capture(object):
    """A text stream that keeps at most `cap` characters, then fails like a full file (EFBIG)."""

    encoding = "utf-8"
    errors = "strict"

    def __init__(self, cap):
        self.parts, self.size, self.cap, self.truncated = [], 0, cap, False

    def write(self, s):
        if not PY2 and not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self.size + len(s) > self.cap:
            self.parts.append(s[:self.cap - self.size])
            self.size, self.truncated = self.cap, True
            raise OutputLimit(27, "File too large")
        self.parts.append(s)
        self.size += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def getvalue(self):
        text = u"".join(p if not isinstance(p, bytes) else p.decode("utf-8", "replace") for p in self.parts)
        return text


class Discard(object):
    """Where a finished program's late output goes (see _dispose)."""

    encoding = "utf-8"

    def write(self, s):
        return len(s)

    def writelines(self, lines):
        pass

    def flush(self):
        pass


# Source tokens of programs that may leave finalizers behind (as in the fork server).
_FINALIZER_TOKENS = ("__del__", "weakref", "yield", "finaliz", "gc.", "import gc", "__exit__")


def _dispose(main, source):
    """Drop what the program left in its namespace, and collect if it could have finalizers,
    while its output goes nowhere: a leftover `__del__` or weakref callback must not print
    into the next program's output.  (A process would have run or skipped them at exit; a
    divergence involving a batch engine is confirmed in a fresh process anyway.)"""
    sink = Discard()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = sink, sink
    try:
        try:
            main.__dict__.clear()
            if any(t in source for t in _FINALIZER_TOKENS):
                import gc
                gc.collect()
                if sys.platform.startswith("java"):
                    # Jython's gc.collect() only asks the JVM to collect: __del__ runs later,
                    # on the JVM's finalizer thread; wait for the pending finalizers here
                    from java.lang import System
                    System.runFinalization()
                    System.gc()
                    System.runFinalization()
        except BaseException:
            pass
    finally:
        sys.stdout, sys.stderr = saved


def _exit_code(exc, err):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        err.write(str(code) + "\n")
    except IOError:
        pass
    return 1


def _join_threads():
    import threading
    main = threading.current_thread()
    for t in threading.enumerate():
        if t is not main and not t.daemon:
            t.join()


def run_one(source, filename, cap):
    out, err = Capture(cap), Capture(cap)
    saved = (sys.stdout, sys.stderr, sys.argv, list(sys.path), dict(sys.modules), sys.getrecursionlimit())
    main = types.ModuleType("__main__")
    main.__dict__["__builtins__"] = builtins
    main.__file__ = filename
    sys.modules["__main__"] = main
    sys.stdout, sys.stderr, sys.argv = out, err, [filename]
    code, start = 0, time.time()
    try:
        try:
            exec(compile(source, filename, "exec"), main.__dict__)
            _join_threads()
        except SystemExit:
            code = _exit_code(sys.exc_info()[1], err)
        except BaseException:
            etype, value, tb = sys.exc_info()
            code = 1
            if tb is not None:
                tb = tb.tb_next          # drop run_one's own frame
            try:
                traceback.print_exception(etype, value, tb, file=err)
            except IOError:
                pass
            del etype, value, tb
    finally:
        wall = time.time() - start
        _dispose(main, source)
        sys.stdout, sys.stderr, sys.argv = saved[0], saved[1], saved[2]
        sys.path[:] = saved[3]
        sys.modules.clear()
        sys.modules.update(saved[4])
        sys.setrecursionlimit(saved[5])
    return {"exit": code, "stdout": out.getvalue(), "stderr": err.getvalue(),
            "truncated": out.truncated or err.truncated, "wall": wall}


def handle(line):
    req = json.loads(line)
    return json.dumps(run_one(req["source"], req["filename"], req["cap"]))


def version():
    return sys.version.split()[0]


def serve():
    proto = sys.stdout
    proto.write(MARK + json.dumps({"ready": True, "version": version()}) + "\n")
    proto.flush()
    while True:
        line = sys.stdin.readline()
        if not line:
            return
        reply = handle(line)
        proto.write(MARK + reply + "\n")
        proto.flush()


if __name__ == "__main__" and sys.platform != "emscripten":   # under Pyodide, Node drives handle()
    serve()
