"""`python -m refvm.bench._where [--repeat N] [--only NAME] [--interval S]`: where
refvm's time goes with the JIT on, per benchmark, and what that bounds.

Each benchmark runs in a child process under a sampler: a host thread that wakes
every --interval seconds and classifies the stack of refvm's VM thread as
*compiled code* (a frame of a compiled loop, bridge, step or body is on it:
everything those call, handlers and VM calls included), *JIT compiler* (the
recorder, lowering, optimizer or backend, when no compiled frame is above them)
or *interpreter* (the rest: the VM's own start-up, the run loop and the runtime,
warm-up iterations before a loop is hot, exits back to it).  The samples are
taken where the VM thread gives up the host's GIL, which it does at backward
jumps and calls (CPython's eval breaker), so they are a share of time at that
grain, not an exact account.

The table: CPU seconds of CPython, refvm JIT off and JIT on (whole processes,
start-up included, minimum of --repeat interleaved runs); the three shares of
a sampled JIT-on run (of the VM thread's time: the host's start-up and imports
are before it); `compiled / CPython`: the time in compiled code against the time
CPython needs to exec the program (its start-up excluded); and `bound`: the speedup
over JIT off the run would have if its compiled code ran exactly as fast as
CPython runs the program (the interpreter's and the compiler's time, and
refvm's start-up, left as they are).  A trace is host Python code doing at least
the program's own operations plus guards, so CPython's own time is about the
best its compiled code can do: the geometric mean of `bound` is about as far as
making compiled code faster can take `python -m refvm.bench --jit`.
"""
import argparse
import json
import os
import sys
import tempfile
import threading
import time

from refvm.bench.__main__ import bench_env, geomean, programs, refvm_argv, timed

COMPILER = tuple(os.sep + os.path.join("refvm", "jit", m + ".py")
                 for m in ("recorder", "lowering", "optimizer", "backend", "ir", "log"))
KINDS = ("interpreter", "JIT compiler", "compiled code")


class HelperFailed(Exception):
    """A child run (sampled run, CPython's own time) did not finish."""


def classify(fr):
    kind = 0
    while fr is not None:
        fn = fr.f_code.co_filename
        if fn.startswith("<jit "):
            return 2
        if fn.endswith(COMPILER):
            kind = 1
        fr = fr.f_back
    return kind


def child(prog, out, interval):
    """Run prog with refvm (JIT on) in this process, sampling its VM thread;
    write {"samples": [per kind], "status": exit status} as JSON to out."""
    from refvm import driver
    counts = [0, 0, 0]
    done = []
    sys.setswitchinterval(min(interval / 2, 0.005))

    def sample():
        vm = None
        while not done:
            time.sleep(interval)
            if vm is None:
                vm = next((t.ident for t in threading.enumerate() if t.name == "refvm"), None)
                continue
            fr = sys._current_frames().get(vm)
            if fr is not None:
                counts[classify(fr)] += 1
    s = threading.Thread(target=sample, daemon=True)
    s.start()
    devnull = open(os.devnull, "w")
    saved, sys.stdout = sys.stdout, devnull
    t0 = time.process_time()
    try:
        status = driver.main(["--jit", "on", prog])
    finally:
        cpu = time.process_time() - t0
        sys.stdout = saved
        done.append(True)
        s.join()
    with open(out, "w") as fh:
        json.dump({"samples": counts, "status": status, "cpu": cpu}, fh)
    return status


def cpython_work(prog, out):
    """CPU seconds CPython (this host) needs to exec prog, start-up excluded."""
    with open(prog) as fh:
        code = compile(fh.read(), prog, "exec")
    saved, sys.stdout = sys.stdout, open(os.devnull, "w")
    t0 = time.process_time()
    try:
        exec(code, {"__name__": "__main__", "__file__": prog})
    finally:
        cpu = time.process_time() - t0
        sys.stdout = saved
    with open(out, "w") as fh:
        json.dump({"cpu": cpu}, fh)
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m refvm.bench._where")
    ap.add_argument("--repeat", type=int, default=1, help="timed runs per configuration (min)")
    ap.add_argument("--only", action="append", help="run only these benchmarks")
    ap.add_argument("--interval", type=float, default=0.0005, help="sampling period, seconds")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--cpython-work", help=argparse.SUPPRESS)
    ap.add_argument("--out", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        return child(args.child, args.out, args.interval)
    if args.cpython_work:
        return cpython_work(args.cpython_work, args.out)
    env = bench_env()
    host = sys.executable
    tmp = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
    tmp.close()
    out = tmp.name

    def helper(*cmd):
        _, proc = timed([host, "-m", "refvm.bench._where"] + list(cmd) + ["--out", out], env)
        if proc.returncode != 0:
            raise HelperFailed("%s: %s" % (" ".join(cmd), (proc.stderr.strip().splitlines()
                                                            or ["?"])[-1]))
        with open(out) as fh:
            return json.load(fh)
    try:
        print("%-26s %8s %8s %8s %7s %7s %8s %10s %7s" % (
            "benchmark", "CPython", "JIT off", "JIT on", "interp", "compile", "compiled",
            "compiled/", "bound"))
        print("%-26s %8s %8s %8s %7s %7s %8s %10s %7s" % (
            "(CPU s; shares sampled)", "s", "s", "s", "%", "%", "%", "CPython", "x"))
        bounds, now = [], []
        for path in programs():
            name = os.path.basename(path)[:-3]
            if args.only and name not in args.only:
                continue
            best = {}
            for _ in range(args.repeat):
                for key, cmd in (("cpy", [host, path]),
                                 ("off", refvm_argv(host) + ["--jit", "off", path]),
                                 ("on", refvm_argv(host) + ["--jit", "on", path])):
                    cpu, proc = timed(cmd, env if key != "cpy" else None)
                    if proc.returncode != 0:
                        sys.stderr.write("refvm.bench._where: %s (%s) exited with %d\n"
                                         % (name, key, proc.returncode))
                        return 2
                    best[key] = min(best.get(key, cpu), cpu)
                best["work"] = min(best.get("work", 1e9),
                                   helper("--cpython-work", path)["cpu"])
            sampled = helper("--child", path, "--interval", str(args.interval))
            counts = sampled["samples"]
            total = float(sum(counts)) or 1.0
            shares = [c / total for c in counts]
            # (the shares are of the VM thread's time: the sampled run's, its
            # host start-up and imports not included)
            compiled = shares[2] * sampled["cpu"]
            work = best["work"]
            bound = best["off"] / (best["on"] - compiled + work)
            bounds.append(bound)
            now.append(best["off"] / best["on"])
            print("%-26s %8.3f %8.3f %8.3f %7.0f %7.0f %8.0f %9.1fx %6.1fx" % (
                name, best["cpy"], best["off"], best["on"], 100 * shares[0], 100 * shares[1],
                100 * shares[2], compiled / work, bound))
            sys.stdout.flush()
        if bounds:
            print("geometric mean: JIT speedup now %.2fx, bound %.2fx" % (geomean(now),
                                                                         geomean(bounds)))
    except HelperFailed as e:
        sys.stderr.write("refvm.bench._where: %s failed\n" % e)
        return 2
    finally:
        if os.path.exists(out):
            os.unlink(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
