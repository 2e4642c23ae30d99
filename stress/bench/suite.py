"""The benchmark suite: kernels (`stress/bench/kernels/*.py`) wrapped in a timing harness.

A kernel defines `run()`, one unit of work, in Python 2 and 3 alike.  The harness appended
to it follows pyperf's method inside one process: with `loops` = 0 it calibrates (doubles
the loop count until one value takes `min_time`) and prints `loops N`; otherwise it runs
`warmups` values that are printed as `warmup` and then `values` timed values, each the
time of `loops` calls of `run()` divided by `loops`.

The slowdown hook: `DIVERGE_BENCH_SLOWDOWN` (a fraction, e.g. `0.05`) in the *harness's*
environment is written into the program as `_SLOWDOWN`; each timed value then spins on the
clock, inside the timed window, for `slowdown` times what its `loops` calls took, so every
engine looks that much slower without any engine being changed.  (Not extra calls: an engine
calibrated to a few loops per value -- refvm -- would round a 5% share of them away.)  The
sandbox scrubs the environment (docs/sandbox.md), so the variable is read here and travels
in the source.  The sensitivity measurement (`diverge bench sensitivity`) uses it.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from engines.errors import UserError
from engines.program import Program

KERNELS = Path(__file__).parent / "kernels"
SLOWDOWN_VAR = "DIVERGE_BENCH_SLOWDOWN"

HARNESS = '''

import time as _time
_clock = %(clock)s
_SLOWDOWN = %(slowdown)r


def _value(loops):
    t0 = _clock()
    i = 0
    while i < loops:
        run()
        i += 1
    if _SLOWDOWN:
        t1 = _clock()
        end = t1 + (t1 - t0) * _SLOWDOWN
        while _clock() < end:
            pass
    return (_clock() - t0) / loops


def _main(loops, warmups, values, min_time):
    if loops == 0:
        # Twice: the second pass runs warm, so a JIT's first slow calls do not leave
        # too few loops per value.
        for _ in range(2):
            loops = 1
            while _value(loops) * loops < min_time and loops < 10 ** 7:
                loops *= 2
        print("loops %%d" %% loops)
        return
    for k in range(warmups + values):
        print("%%s %%r" %% ("warmup" if k < warmups else "value", _value(loops)))


_main(%(loops)d, %(warmups)d, %(values)d, %(min_time)r)
'''


# `cpu`: the main thread's CPU time where the engine has it (Python 3.7+: time.thread_time),
# which the other processes of a loaded machine disturb far less than wall time; engines
# without it (Jython, Grumpy: Python 2.7) fall back to wall time.  Not process_time: inside
# the sandbox here it advances in 4 ms ticks (measured), thread_time in nanoseconds.
# `wall`: pyperf's default.
CLOCKS = {
    "cpu": 'getattr(_time, "thread_time", None) or getattr(_time, "perf_counter", _time.time)',
    "wall": 'getattr(_time, "perf_counter", _time.time)',
}


@dataclass(frozen=True)
class Kernel:
    name: str
    source: str
    description: str = ""
    dialect: str = "py2+3"

    def program(self, loops: int, warmups: int = 1, values: int = 3, min_time: float = 0.05,
                slowdown: float | None = None, clock: str = "cpu") -> Program:
        if slowdown is None:
            slowdown = slowdown_from_env()
        harness = HARNESS % {"clock": CLOCKS[clock], "slowdown": slowdown, "loops": loops, "warmups": warmups, "values": values,
                             "min_time": min_time}
        return Program(self.source + harness, dialect=self.dialect, features=("bench",),
                       origin={"bench": self.name, "loops": loops, "slowdown": slowdown}, name=f"bm_{self.name}.py")


def slowdown_from_env() -> float:
    text = os.environ.get(SLOWDOWN_VAR, "").strip()
    if not text:
        return 0.0
    try:
        value = float(text)
    except ValueError:
        raise UserError(f"{SLOWDOWN_VAR} must be a fraction such as 0.05, not {text!r}") from None
    if not 0 <= value < 10:
        raise UserError(f"{SLOWDOWN_VAR} must be between 0 and 10, not {value}")
    return value


GRUMPY_GROUP = "grumpy"


def kernels(names: list[str] | None = None) -> list[Kernel]:
    """The project's kernels (the default), or those named; the name `grumpy` stands for
    all of Grumpy's own benchmarks (`grumpy.<file>.<name>`, see grumpy_kernels)."""
    found = {}
    for path in sorted(KERNELS.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        meta = dict(re.findall(r"^#\s*(description|dialect):\s*(.*?)\s*$", source, re.M))
        found[path.stem] = Kernel(path.stem, source, meta.get("description", ""), meta.get("dialect", "py2+3"))
    if not names:
        return list(found.values())
    grumpy = grumpy_kernels() if any(n == GRUMPY_GROUP or n.startswith(GRUMPY_GROUP + ".") for n in names) else {}
    chosen = []
    for n in names:
        if n == GRUMPY_GROUP:
            if not grumpy:
                raise UserError("Grumpy's benchmarks are not here: run scripts/bootstrap (it fetches Grumpy's sdist)")
            chosen += [k for k in grumpy.values() if not k.name.startswith("grumpy.bm_")]
        elif n in found or n in grumpy:
            chosen.append(found.get(n) or grumpy[n])
        else:
            known = ", ".join(list(found) + [GRUMPY_GROUP, "grumpy.<file>.<benchmark>"])
            raise UserError(f"unknown benchmark {n!r} (known: {known})")
    return chosen


# Grumpy's benchmarks are weetest functions `BenchmarkX(b)` looping `b.N` times.  As a kernel,
# run() is one call with a fixed b.N (the harness calibrates how many calls make a value);
# `xrange` and `it.next()` are made to work on Python 3 engines without changing them on
# Python 2 ones.  concurrent.py (benchmarks registered at run time, spawning threads) is
# left to `python -m engines.grumpy.bench`; the bm_* files (a second or more per call on
# CPython) run only when named.
GRUMPY_SHIM = """try:
    xrange
except NameError:
    xrange = range


class _WeetestB(object):
    N = %d

    def ResetTimer(self):
        pass


_weetest_b = _WeetestB()
"""
GRUMPY_UNIT = 100


def grumpy_kernels() -> dict[str, Kernel]:
    from engines.grumpy import paths
    files = sorted((paths.sdist() / "benchmarks").glob("*.py"))   # none before the set-up
    out = {}
    for path in files:
        if path.stem == "concurrent":
            continue
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"^import weetest\s*$", "", text, flags=re.M)
        text = re.sub(r"^if __name__ == .__main__.:\s*\n\s+weetest\.RunBenchmarks\(\)\s*$", "", text, flags=re.M)
        text = re.sub(r"\b(\w+)\.next\(\)", r"next(\1)", text)
        unit = 1 if path.stem.startswith("bm_") else GRUMPY_UNIT
        for fn in re.findall(r"^def (Benchmark\w+)\(b\):", text, re.M):
            name = f"{GRUMPY_GROUP}.{path.stem}.{fn[len('Benchmark'):]}"
            source = (f"# description: Grumpy's benchmarks/{path.name}: {fn}, b.N = {unit}\n"
                      + GRUMPY_SHIM % unit + text + f"\n\ndef run():\n    {fn}(_weetest_b)\n")
            out[name] = Kernel(name, source, f"Grumpy's {path.stem}.{fn} (b.N = {unit})", "py2+3")
    return out
