"""`python -m refvm.bench._ab TREE_A TREE_B [--repeat N] [--only NAME] [--jit on|off]`: the
cost of a change to refvm, measured by running each benchmark under two refvm
source trees (directories holding a `refvm/` package, e.g. from `git archive`),
interleaved A, B, A, B, ... N times each; the minimum CPU time of each counts.
Prints B/A per benchmark and the geometric mean.  Interleaving and minima keep
the ratio meaningful on a loaded machine, where two separate `refvm.bench`
runs can differ by +-30% per benchmark.
"""
import argparse
import math
import os
import resource
import subprocess
import sys

from refvm.bench.__main__ import programs, refvm_argv


def timed(cmd, env, cwd):
    """CPU time (user+sys) of the child; cwd matters: `-m refvm` imports from it."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), proc


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m refvm.bench._ab")
    ap.add_argument("tree_a")
    ap.add_argument("tree_b")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--only", action="append")
    ap.add_argument("--host", default=sys.executable)
    ap.add_argument("--jit", default="on", choices=("on", "off"), help="refvm's --jit")
    args = ap.parse_args(argv)
    trees = [os.path.abspath(args.tree_a), os.path.abspath(args.tree_b)]
    for t in trees:
        if not os.path.isdir(os.path.join(t, "refvm")):
            sys.stderr.write("refvm.bench.ab: %s has no refvm/ package\n" % t)
            return 2
    # both trees started the same way: their launchers, or `-m refvm` when
    # either tree predates bin/refvm (the launcher's own gain is not the change's)
    argvs = [refvm_argv(args.host, t) for t in trees]
    if len(argvs[0]) != len(argvs[1]):
        argvs = [[args.host, "-m", "refvm"]] * 2
    print("%-28s %10s %10s %8s" % ("benchmark", "A min s", "B min s", "B/A"))
    ratios = []
    for path in programs():
        name = os.path.basename(path)[:-3]
        if args.only and name not in args.only:
            continue
        best = [None, None]
        outs = [None, None]
        for _ in range(args.repeat):
            for i, tree in enumerate(trees):
                env = dict(os.environ, PYTHONPATH=tree)
                cpu, proc = timed(argvs[i] + ["--jit", args.jit, path], env, tree)
                outs[i] = (proc.returncode, proc.stdout)
                best[i] = cpu if best[i] is None else min(best[i], cpu)
        ratio = best[1] / best[0]
        ratios.append(ratio)
        print("%-28s %10.3f %10.3f %8.3f%s" % (name, best[0], best[1], ratio,
                                              "" if outs[0] == outs[1] else "  OUTPUT DIFFERS"))
        sys.stdout.flush()
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print("%-28s %10s %10s %8.3f" % ("geometric mean", "", "", geo))
    return 0


if __name__ == "__main__":
    sys.exit(main())
