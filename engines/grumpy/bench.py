"""Grumpy's benchmarks (`benchmarks/*.py` of the sdist) on grumpy, CPython, PyPy and
Jython (refvm too if asked): a table of operations per second.

    python -m engines.grumpy.bench [--engines grumpy,cpython,pypy,jython] [--target 0.5]

Each benchmark is a weetest `BenchmarkX(b)` function looping `b.N` times; weetest's own
calibration (grow N until a run takes the target duration) is inlined in the driver,
so every engine calibrates for itself.  Python 3 engines get the files with `xrange`
and the print statement rewritten (lib2to3); Grumpy and Jython run them as written."""
from __future__ import annotations

import argparse
import re
import sys
import warnings

from engines.grumpy import paths
from engines.grumpy.engine import Grumpy, GrumpySession
from engines.grumpy.compile import compile_program
from engines.limits import Limits
from engines.program import Program
from engines.registry import resolve

DRIVER = '''
import time as _time


class _Bench(object):
    """weetest._Benchmark: grow N until one run takes the target duration."""

    def __init__(self, fn, target):
        self.fn, self.target, self.N = fn, target, 1

    def ResetTimer(self):
        self.start = _time.time()

    def _once(self):
        self.start = _time.time()
        self.fn(self)
        self.duration = max(_time.time() - self.start, 1e-9)

    def run(self):
        self._once()
        while self.duration < self.target:
            if self.duration < 0.05 * self.target:
                n = self.N * 10
            else:
                n = int(self.N * (1.2 * self.target / self.duration))
            self.N = self.N + 1 if n == self.N else n
            self._once()


def _main():
    for name in sorted(n for n in globals() if n.startswith("Benchmark")):
        b = _Bench(globals()[name], TARGET)
        b.run()
        print("%s %s" % (name, b.N / b.duration))    # Grumpy has no %.3f
'''


def driver(source: str, target: float) -> str:
    source = re.sub(r"^import weetest\s*$", "", source, flags=re.M)
    source = source.replace("weetest.RunBenchmarks()", "_main()")
    source = source.replace("b.N / p", "b.N // p")        # integer division on both 2 and 3
    return DRIVER.replace("TARGET", repr(target)) + source


def to_py3(source: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from lib2to3.refactor import RefactoringTool
        tool = RefactoringTool([f"lib2to3.fixes.fix_{f}" for f in ("print", "xrange", "except", "raise", "dict", "next")])
    return str(tool.refactor_string(source, "bench"))


class _Py2Session(GrumpySession):
    def compile(self, program):
        return compile_program(program.source, program.name, py2=True, lib=self._lib)


def run_engine(name: str, programs: list[Program], timeout: float) -> dict:
    """{benchmark: ops/s or an error string}"""
    engine = resolve(name)
    ok, reason = engine.available()
    if not ok:
        return {"*": f"unavailable: {reason}"}
    limits = Limits(timeout=timeout)
    if isinstance(engine, Grumpy):
        session = _Py2Session(engine)
        outcomes = session.run_many(programs, limits)
    else:
        session = engine.session("spawn")
        py3 = engine.language_level >= (3,)
        outcomes = [session.run(Program(to_py3(p.source) if py3 else p.source, p.dialect, name=p.name), limits)
                    for p in programs]
    session.close()
    results = {}
    for p, o in zip(programs, outcomes):
        if o.status != "ok":
            results[p.name] = f"{o.status}: {o.detail or o.exception}"
            continue
        for line in o.stdout.splitlines():
            bench, _, rate = line.rpartition(" ")
            if bench.startswith("Benchmark") and re.fullmatch(r"[0-9.e+-]+", rate):
                results[f"{p.name[:-3]}.{bench[len('Benchmark'):]}"] = float(rate)
    return results


def _rate(v) -> str:
    if not isinstance(v, float):
        return "—"
    return f"{v:,.0f}" if v >= 100 else f"{v:.2f}"


def table(results: dict, engines: list[str]) -> str:
    rows = sorted({k for r in results.values() for k, v in r.items() if isinstance(v, float)})
    head = ["benchmark"] + [f"{e} ops/s" for e in engines]
    if "grumpy" in engines and "cpython" in engines:
        head.append("grumpy/cpython")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = [row]
        for e in engines:
            v = results[e].get(row)
            cells.append(_rate(v))
        g, c = results.get("grumpy", {}).get(row), results.get("cpython", {}).get(row)
        if len(head) > len(engines) + 1:
            cells.append(f"{g / c:.2f}×" if isinstance(g, float) and isinstance(c, float) and c else "—")
        lines.append("| " + " | ".join(cells) + " |")
    for e in engines:
        for k, v in sorted(results[e].items()):
            if not isinstance(v, float):
                lines.append(f"\n{e}: {k}: {v}")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m engines.grumpy.bench", description=__doc__.split("\n")[0])
    ap.add_argument("--engines", default="grumpy,cpython,pypy,jython")
    ap.add_argument("--target", type=float, default=0.5, help="seconds per calibrated benchmark run")
    ap.add_argument("--only", help="comma-separated benchmark files (e.g. call,loop)")
    args = ap.parse_args(argv)
    files = sorted((paths.sdist() / "benchmarks").glob("*.py"))
    if args.only:
        files = [f for f in files if f.stem in args.only.split(",")]
    programs = [Program(driver(f.read_text(), args.target), "py2+3", name=f.name) for f in files]
    engines = args.engines.split(",")
    results = {}
    for e in engines:
        print(f"running on {e} ...", file=sys.stderr, flush=True)
        results[e] = run_engine(e, programs, timeout=600)
    print(table(results, engines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
