"""`python -m refvm.bench [--host pypy3] [--only NAME] [--gc MODE] [--gc-cost] [--jit [--warm N]]`:
CPython vs refvm times; with --gc-cost, the cost of each GC mode against --gc none;
with --jit, CPython vs refvm JIT off vs refvm JIT on; with --warm N, each
program run N times in one process (_warm.py) and the fastest run after the
first counted: a warm loop's figures, without start-up and compilation.

Each benchmark program runs once on CPython (the host interpreter running this
script) and once on refvm hosted by --host (default: this interpreter), JIT off.
Prints the CPU time (user+sys) of each, the slowdown ratio and the geometric mean
of ratios.  CPU time rather than wall time keeps the ratios meaningful on a busy
machine.  refvm starts by its launcher, `bin/refvm` (see refvm_argv), as CPython
by `python prog.py`.
"""
import argparse
import glob
import math
import os
import resource
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))


def refvm_argv(host, tree=REPO):
    """The command that runs refvm from source tree `tree` on `host`: its
    `bin/refvm` launcher (`python -m refvm` without runpy's ~3 ms of start-up,
    which CPython's `python prog.py` does not pay either), or `-m refvm` for a
    tree from before the launcher (2026-12-05)."""
    launcher = os.path.join(tree, "bin", "refvm")
    if os.path.exists(launcher):
        return [host, launcher]
    return [host, "-m", "refvm"]


def programs():
    return sorted(p for p in glob.glob(os.path.join(HERE, "*.py"))
                  if not os.path.basename(p).startswith("_"))


def timed(cmd, env=None):
    """Run cmd; its CPU time (user+sys of the child), robust to a loaded machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, proc


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m refvm.bench")
    ap.add_argument("--host", default=sys.executable,
                    help="interpreter that hosts refvm (e.g. pypy3)")
    ap.add_argument("--cpython", default=sys.executable, help="the CPython to compare with")
    ap.add_argument("--only", action="append", help="run only these benchmarks")
    ap.add_argument("--gc", default="refcount", choices=("refcount", "tracing", "none"),
                    help="refvm's GC mode")
    ap.add_argument("--gc-cost", action="store_true",
                    help="time refvm under --gc none, refcount and tracing instead")
    ap.add_argument("--repeat", type=int, default=1,
                    help="with --gc-cost or --jit: runs per configuration, interleaved; "
                         "the minimum counts")
    ap.add_argument("--jit", action="store_true",
                    help="time CPython, refvm JIT off and refvm JIT on (refvm/jit)")
    ap.add_argument("--warm", type=int, default=0, metavar="N",
                    help="with --jit: run each program N (>= 2) times in one process and "
                         "count the fastest run after the first (JIT off: 2 runs)")
    args = ap.parse_args(argv)
    if args.warm and (args.warm < 2 or not args.jit):
        ap.error("--warm needs --jit and N >= 2")
    env = bench_env()
    if args.gc_cost:
        return gc_cost(args, env)
    if args.jit:
        return jit_table(args, env)
    ratios = []
    print("%-28s %10s %10s %9s" % ("benchmark", "cpython s", "refvm s", "slowdown"))
    print("(CPU seconds; refvm hosted by %s)" % args.host)
    for path in programs():
        name = os.path.basename(path)[:-3]
        if args.only and name not in args.only:
            continue
        t_c, p_c = timed([args.cpython, path])
        t_r, p_r = timed(refvm_argv(args.host) + ["--jit", "off", "--gc", args.gc, path], env)
        ok = p_c.returncode == p_r.returncode == 0 and p_c.stdout == p_r.stdout
        ratio = t_r / t_c
        ratios.append(ratio)
        print("%-28s %10.3f %10.3f %8.1fx%s" % (name, t_c, t_r, ratio,
                                               "" if ok else "  OUTPUT DIFFERS"))
        sys.stdout.flush()
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("%-28s %10s %10s %8.1fx" % ("geometric mean", "", "", geo))
    return 0


def bench_env():
    """The environment refvm runs in, its modules' bytecode written first: with
    PYTHONDONTWRITEBYTECODE set, a module edited since its .pyc was written
    would be compiled from source at every start (milliseconds per module)."""
    import compileall
    compileall.compile_dir(os.path.join(REPO, "refvm"), quiet=1)
    env = dict(os.environ)
    env["PYTHONPATH"] = REPO + os.pathsep + env.get("PYTHONPATH", "")
    return env


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


class JitRow(object):
    """One benchmark: CPU seconds on CPython, refvm JIT off, refvm JIT on."""

    def __init__(self, name, cpython, off, on, ok):
        self.name = name
        self.cpython = cpython
        self.off = off
        self.on = on
        self.ok = ok                # all three printed the same and exited 0

    @property
    def speedup(self):
        return self.off / self.on

    @property
    def vs_cpython(self):
        return self.on / self.cpython


WARM = os.path.join(HERE, "_warm.py")


def warm_time(proc):
    """The fastest run after the first of a _warm.py process (its stderr's
    `warm:` line); None when it printed none (it failed)."""
    for line in proc.stderr.splitlines():
        if line.startswith("warm: "):
            times = [float(x) for x in line.split()[1:]]
            return min(times[1:]) if len(times) > 1 else None
    return None


def _prog_argv(path, warm):
    """The benchmark's command-line arguments: the program, or _warm.py running
    it `warm` times."""
    return [WARM, path, str(warm)] if warm else [path]


def jit_rows(host=sys.executable, cpython=sys.executable, only=None, gc="refcount",
             repeat=1, env=None, warm=0):
    """Yield a JitRow per benchmark (min CPU seconds over `repeat` interleaved runs;
    with warm >= 2, the fastest of runs 2..warm of each program run `warm` times
    in one process, JIT off 2 times: _warm.py)."""
    env = env or bench_env()
    for path in programs():
        name = os.path.basename(path)[:-3]
        if only and name not in only:
            continue
        t = {}
        outs = set()
        for _ in range(max(1, repeat)):
            for key, cmd in (("cpython", [cpython] + _prog_argv(path, warm)),
                             ("off", refvm_argv(host) + ["--jit", "off", "--gc", gc] +
                              _prog_argv(path, warm and 2)),
                             ("on", refvm_argv(host) + ["--jit", "on", "--gc", gc] +
                              _prog_argv(path, warm))):
                cpu, p = timed(cmd, env if key != "cpython" else None)
                if warm:
                    cpu = warm_time(p)
                    if cpu is None:         # (it failed: the row says so)
                        cpu = float("nan")
                t[key] = min(cpu, t.get(key, cpu))
                outs.add((p.returncode, p.stdout))
        ok = len(outs) == 1 and list(outs)[0][0] == 0
        yield JitRow(name, t["cpython"], t["off"], t["on"], ok)


def jit_table(args, env):
    """JIT on vs off vs CPython: the JIT's speedup over the interpreter and its
    slowdown against CPython per benchmark, and their geometric means."""
    print("%-28s %9s %9s %9s %9s %9s" % ("benchmark", "cpython s", "jit off s", "jit on s",
                                         "speedup", "vs cpython"))
    print("(CPU seconds, min of %d; refvm hosted by %s, --gc %s)"
          % (max(1, args.repeat), args.host, args.gc))
    if args.warm:
        print("(warm: each program run %d times in one process, JIT off 2; the fastest run "
              "after the first)" % args.warm)
    rows = []
    for r in jit_rows(args.host, args.cpython, args.only, args.gc, args.repeat, env,
                      args.warm):
        rows.append(r)
        print("%-28s %9.3f %9.3f %9.3f %8.1fx %8.1fx%s" % (
            r.name, r.cpython, r.off, r.on, r.speedup, r.vs_cpython,
            "" if r.ok else "  OUTPUT DIFFERS"))
        sys.stdout.flush()
    if rows:
        print("%-28s %9s %9s %9s %8.1fx %8.1fx" % (
            "geometric mean", "", "", "", geomean([r.speedup for r in rows]),
            geomean([r.vs_cpython for r in rows])))
    return 0 if all(r.ok for r in rows) else 1


def gc_cost(args, env):
    """Each benchmark under refvm --gc none, refcount, tracing (CPU seconds, the
    minimum of --repeat interleaved runs): the ratio of refcount and tracing to
    none, and their geometric means."""
    modes = ("none", "refcount", "tracing")
    ratios = {"refcount": [], "tracing": []}
    print("%-28s %9s %9s %9s %9s %9s" % ("benchmark", "none s", "refcnt s", "tracing s",
                                         "refcnt", "tracing"))
    print("(CPU seconds, min of %d; refvm hosted by %s, JIT off)"
          % (max(1, args.repeat), args.host))
    for path in programs():
        name = os.path.basename(path)[:-3]
        if args.only and name not in args.only:
            continue
        t = {}
        outs = set()
        for _ in range(max(1, args.repeat)):
            for mode in modes:
                cpu, p = timed(refvm_argv(args.host) + ["--jit", "off", "--gc", mode, path], env)
                t[mode] = min(cpu, t.get(mode, cpu))
                outs.add((p.returncode, p.stdout))
        for mode in ratios:
            ratios[mode].append(t[mode] / t["none"])
        print("%-28s %9.3f %9.3f %9.3f %8.2fx %8.2fx%s" % (
            name, t["none"], t["refcount"], t["tracing"], t["refcount"] / t["none"],
            t["tracing"] / t["none"], "" if len(outs) == 1 else "  OUTPUT DIFFERS"))
        sys.stdout.flush()
    if ratios["refcount"]:
        geo = dict((m, math.exp(sum(math.log(r) for r in rs) / len(rs)))
                   for m, rs in ratios.items())
        print("%-28s %9s %9s %9s %8.2fx %8.2fx" % ("geometric mean", "", "", "",
                                                    geo["refcount"], geo["tracing"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
