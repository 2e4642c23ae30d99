"""`python -m refvm.threads.measure [--seeds 20] [--cap 200] [--depth 2] RACE.py ...`

For each race program, how many runs PCT and the random walk each need to
find the bug: for seed s = 0..seeds-1, run the program under
pct:(s*1000+i):DEPTH:K (K = the step count of one round-robin run) and under
random:(s*1000+i) for i = 0, 1, ... until an outcome differs from the correct
one, at most `cap` runs; print the median (and the range) over the seeds.

A race program says what its correct outcome is on its first line:
`# expect: <stdout's only line>` (and exit status 0); any other outcome -- a
different stdout, an exception, a deadlock -- is the bug.  With no program
arguments, the race programs of tests/refvm/threads/races are measured when
that directory exists.
"""
import argparse
import glob
import os
import sys

from refvm.threads.explore import run_one

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(os.path.dirname(os.path.dirname(HERE)), "tests", "refvm", "threads",
                           "races")


def expected_of(path):
    with open(path) as fh:
        first = fh.readline()
    if not first.startswith("# expect:"):
        return None
    return first[len("# expect:"):].strip() + "\n"


def steps_of(path):
    import json
    import tempfile
    fd, rec = tempfile.mkstemp(suffix=".json")
    os.close(fd)
    try:
        run_one(["--sched", "rr", "--clock", "virtual", "--record", rec, path], 30)
        with open(rec) as fh:
            return max(1, json.load(fh).get("steps", 1))
    except (OSError, ValueError):
        return 1000
    finally:
        os.unlink(rec)


def runs_to_find(path, expected, spec_of, cap):
    for i in range(cap):
        stdout, _err, code, _to = run_one(["--sched", spec_of(i), "--clock", "virtual", path], 30)
        if stdout != expected or code != 0:
            return i + 1
    return None


def median(values):
    v = sorted(values)
    n = len(v)
    return v[n // 2] if n % 2 else (v[n // 2 - 1] + v[n // 2]) / 2.0


def fmt(found, cap):
    hits = [x for x in found if x is not None]
    misses = len(found) - len(hits)
    if misses * 2 > len(found):
        return ">%d (found by %d/%d seeds)" % (cap, len(hits), len(found))
    # a miss counts as cap+1 (the median is then still an upper bound)
    vals = [x if x is not None else cap + 1 for x in found]
    med = median(vals)
    text = "%g (%d-%s)" % (med, min(vals), max(hits) if not misses else ">%d" % cap)
    return text


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m refvm.threads.measure")
    ap.add_argument("programs", nargs="*")
    ap.add_argument("--seeds", type=int, default=20)
    ap.add_argument("--cap", type=int, default=200)
    ap.add_argument("--depth", type=int, default=2)
    args = ap.parse_args(argv)
    progs = args.programs or sorted(glob.glob(os.path.join(DEFAULT_DIR, "*.py")))
    if not progs:
        sys.stderr.write("refvm.threads.measure: no race programs given\n")
        return 2
    print("runs needed to find each race (median over %d seeds, range; cap %d)"
          % (args.seeds, args.cap))
    print("| race | steps (rr run) | PCT depth %d | random walk |" % args.depth)
    print("|---|---|---|---|")
    for path in progs:
        expected = expected_of(path)
        if expected is None:
            sys.stderr.write("refvm.threads.measure: %s has no '# expect:' line\n" % path)
            return 2
        k = steps_of(path)
        pct, rnd = [], []
        for s in range(args.seeds):
            pct.append(runs_to_find(path, expected, lambda i, s=s, k=k: "pct:%d:%d:%d" % (
                s * 1000 + i, args.depth, k), args.cap))
            rnd.append(runs_to_find(path, expected, lambda i, s=s: "random:%d" % (s * 1000 + i),
                                    args.cap))
        print("| %s | %d | %s | %s |" % (os.path.basename(path)[:-3], k, fmt(pct, args.cap),
                                        fmt(rnd, args.cap)))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
