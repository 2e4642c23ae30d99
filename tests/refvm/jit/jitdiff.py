"""JIT on vs JIT off: the same program must give the same outcome.

Used by test_jit_differential.py (a sample) and, as a script, for the long run
over the whole conformance suite and thousands of generated programs:

    .venv/bin/python tests/refvm/jit/jitdiff.py --conformance --bench --generated 5000 -j 2

Each program runs in a forked child calling refvm.main (as the fork server
does), once with `--jit off` and once with `--jit on --jit-threshold 1` (every
loop hot at its first backward jump), in each given gc mode; stdout, stderr
(tracebacks with their line numbers) and exit status must be equal.  A child
that runs past the timeout is killed (nothing hangs); a timeout on both sides
is not a divergence.
"""
import argparse
import glob
import os
import re
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
if REPO not in sys.path:
    sys.path.insert(0, REPO)

ADDRESS = re.compile(r"0x[0-9a-fA-F]+")
JIT_ON = ("--jit", "on", "--jit-threshold", "1")
JIT_OFF = ("--jit", "off")


class Run(object):
    def __init__(self, status, stdout, stderr):
        self.status = status
        self.stdout = stdout
        self.stderr = stderr

    def key(self):
        # object addresses differ between any two runs
        return (self.status, ADDRESS.sub("0x?", self.stdout), ADDRESS.sub("0x?", self.stderr))


def run_fork(path, options, timeout=30.0):
    """refvm.main(options + [path]) in a forked child; Run (status None: timeout)."""
    from refvm.threads.explore import run_one
    path = os.path.abspath(path)
    stdout, stderr, status, timed_out = run_one(list(options) + [path], timeout,
                                                cwd=os.path.dirname(path))
    return Run(None if timed_out else status, stdout, stderr)


def compare(path, gc="refcount", timeout=30.0, extra=(), thresholds=(1,)):
    """None when JIT off and JIT on (at each threshold) agree, else a
    one-paragraph description."""
    opts = ("--gc", gc) + tuple(extra)
    off = run_fork(path, opts + JIT_OFF, timeout)
    for n in thresholds:
        on = run_fork(path, opts + ("--jit", "on", "--jit-threshold", str(n)), timeout)
        if off.status is None and on.status is None:
            continue
        if off.key() == on.key():
            continue
        allowed = declared_outcomes(path)
        if allowed and off.status == on.status and off.stdout in allowed and on.stdout in allowed:
            # an implementation-defined case (id reuse, ...): any declared outcome is
            # Python; the JIT may change which one a run meets
            continue
        return ("%s (gc %s, threshold %d): off status=%r on status=%r\n--- off stdout/stderr:"
                "\n%s%s\n--- on:\n%s%s" % (path, gc, n, off.status, on.status, off.stdout[-800:],
                                             off.stderr[-1500:], on.stdout[-800:],
                                             on.stderr[-1500:]))
    return None


def declared_outcomes(path):
    """The stdouts a conformance case with outcome classes accepts (else empty)."""
    if os.sep + os.path.join("conformance", "cases") + os.sep not in path:
        return set()
    from pathlib import Path
    from conformance.case import parse_case
    case = parse_case(Path(path))
    return set(e.stdout for e in case.outcomes.values()) if case.kind == "outcomes" else set()


def conformance_cases():
    return sorted(glob.glob(os.path.join(REPO, "conformance", "cases", "*", "*.py")))


def generated_programs(count, seed, directory, features=None, dialect="py3"):
    from fuzz.generate import generate, GenConfig
    from fuzz.generate.config import parse_features
    cfg = GenConfig(dialect=dialect, features=parse_features(features)) if features else \
        GenConfig(dialect=dialect) if dialect != "py3" else None
    paths = []
    for s in range(seed, seed + count):
        p = generate(s, cfg) if cfg is not None else generate(s)
        path = os.path.join(directory, "gen_%d.py" % s)
        with open(path, "w") as fh:
            fh.write(p.source)
        paths.append(path)
    return paths


def _worker(args):
    path, gc, timeout, thresholds = args
    return path, gc, compare(path, gc, timeout, thresholds=thresholds)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="jitdiff")
    ap.add_argument("--conformance", action="store_true", help="every conformance case")
    ap.add_argument("--bench", action="store_true",
                    help="refvm's benchmark programs (refvm/bench/*.py: nested loops, bridges)")
    ap.add_argument("--generated", type=int, default=0, help="this many generated programs")
    ap.add_argument("--seed", type=int, default=0, help="first generator seed")
    ap.add_argument("--features", default=None,
                    help="generator features, e.g. +threads,+finalizers (diverge gen's syntax)")
    ap.add_argument("--dialect", default="py3",
                    help="the generated programs' dialect (py310: with match statements)")
    ap.add_argument("--gc", default="refcount", help="gc modes, comma-separated")
    ap.add_argument("--threshold", default="1",
                    help="JIT-on runs at these --jit-threshold values, comma-separated "
                         "(1: every loop hot at once; larger ones record later iterations "
                         "and build bridges after more failures)")
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("files", nargs="*")
    a = ap.parse_args(argv)
    paths = list(a.files)
    if a.conformance:
        paths += conformance_cases()
    if a.bench:
        paths += sorted(glob.glob(os.path.join(REPO, "refvm", "bench", "[a-z]*.py")))
    tmp = None
    if a.generated:
        tmp = tempfile.mkdtemp(prefix="jitdiff-")
        paths += generated_programs(a.generated, a.seed, tmp, a.features, a.dialect)
    thresholds = tuple(int(x) for x in a.threshold.split(","))
    jobs = [(p, gc, a.timeout, thresholds) for p in paths for gc in a.gc.split(",")]
    t0 = time.time()
    bad = 0
    if a.jobs > 1:
        from multiprocessing import Pool
        with Pool(a.jobs) as pool:
            results = pool.imap_unordered(_worker, jobs, chunksize=4)
            bad = _report(results, len(jobs))
    else:
        bad = _report(map(_worker, jobs), len(jobs))
    print("%d runs (%d programs x %d gc modes), %d divergences, %.0f s"
          % (len(jobs), len(paths), len(a.gc.split(",")), bad, time.time() - t0))
    if tmp and not bad:
        import shutil
        shutil.rmtree(tmp, ignore_errors=True)
    return 1 if bad else 0


def _report(results, total):
    bad = 0
    for i, (_path, _gc, d) in enumerate(results, 1):
        if d:
            bad += 1
            print("DIVERGENCE " + d)
            sys.stdout.flush()
        if i % 200 == 0:
            print("... %d/%d, %d divergences" % (i, total, bad))
            sys.stdout.flush()
    return bad


if __name__ == "__main__":
    sys.exit(main())
