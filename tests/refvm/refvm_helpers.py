"""Shared helpers for refvm's tests: run a program on CPython and on refvm.

A module with a unique name (not conftest): test directories without __init__.py
share one sys.modules, and two conftest.py files there would shadow each other."""
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
# REFVM_HOST=pypy3 runs every refvm of these tests as `pypy3 -m refvm` (nox session
# tests-on-pypy-host, tox env refvm-pypy39); unset, refvm runs on this interpreter, forked.
REFVM_HOST = os.environ.get("REFVM_HOST") or None

if REPO not in sys.path:
    sys.path.insert(0, REPO)


class Outcome(object):
    def __init__(self, proc):
        self.stdout = proc.stdout
        self.stderr = proc.stderr
        self.status = proc.returncode
        self.exc_type = final_exception_type(proc.stderr) if proc.returncode == 1 else None

    def __repr__(self):
        return "Outcome(status=%r, exc=%r, stdout=%r, stderr=%r)" % (
            self.status, self.exc_type, self.stdout[-500:], self.stderr[-1500:])


def final_exception_type(stderr):
    """The exception type on the last line of a CPython-format traceback."""
    lines = [l for l in stderr.splitlines() if l.strip()]
    if not lines:
        return None
    # the exception line is the first unindented line after the last `  File` line
    start = max([i for i, l in enumerate(lines) if l.startswith("  File ")] or [-1]) + 1
    rest = [l for l in lines[start:] if not l.startswith(" ")]
    last = rest[0] if rest else lines[-1]
    name = last.split(":", 1)[0].strip()
    return name if name.replace(".", "").replace("_", "").isalnum() else None


def run_cpython(path, args=(), cwd=None):
    proc = subprocess.run([sys.executable, path] + list(args), capture_output=True, text=True,
                          cwd=cwd or os.path.dirname(path), timeout=60)
    return Outcome(proc)


def run_refvm(path, args=(), options=(), cwd=None, host=None):
    env = dict(os.environ)
    env["PYTHONPATH"] = REPO
    proc = subprocess.run([host or REFVM_HOST or sys.executable, "-m", "refvm"] + list(options) + [path]
                          + list(args), capture_output=True, text=True,
                          cwd=cwd or os.path.dirname(path), env=env, timeout=120)
    return Outcome(proc)


def run_in_fork(path, argv_extra=()):
    """Run refvm.main in a forked child (as the fork server does); fast and isolated.
    Under REFVM_HOST, a `REFVM_HOST -m refvm` process instead."""
    if REFVM_HOST:
        return run_refvm(path, options=argv_extra)
    from refvm.threads.explore import run_one
    stdout, stderr, status, timed_out = run_one(list(argv_extra) + [path], 120,
                                                cwd=os.path.dirname(path))
    assert not timed_out, "refvm %s %s hung (killed after 120 s)" % (" ".join(argv_extra), path)
    return Outcome(subprocess.CompletedProcess(argv_extra, status, stdout, stderr))
