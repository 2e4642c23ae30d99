"""Harness throughput: the same small programs through engines, worker mode vs spawn mode.

Start-up dominates small programs (CPython ~10 ms, PyPy ~22 ms), which is why
engines run behind persistent workers.  This measures what that buys.
"""
from __future__ import annotations

import time
from dataclasses import dataclass

from engines.base import Engine
from engines.limits import Limits
from engines.program import Program


def small_programs(count: int) -> list[Program]:
    """`count` distinct small programs of the kind campaigns run (loops, calls, a dict, a print)."""
    progs = []
    for i in range(count):
        src = (f"def f(n):\n    return sum(k * {i % 7 + 1} for k in range(n))\n"
               f"d = {{k: f(k) for k in range({i % 20 + 5})}}\n"
               f"print({i}, f({i % 50}), len(d), sorted(d)[-1])\n")
        progs.append(Program(src, origin={"bench": "throughput", "index": i}))
    return progs


@dataclass
class Measurement:
    engine: str
    isolation: str
    programs: int
    seconds: float
    failures: int

    @property
    def rate(self) -> float:
        return self.programs / self.seconds if self.seconds else 0.0


def measure(engine: Engine, isolation: str, programs: list[Program], limits: Limits = Limits()) -> Measurement:
    with engine.session(isolation) as session:
        session.run(programs[0], limits)            # start-up of the worker is not per-program cost
        failures = 0
        start = time.perf_counter()
        for p in programs:
            if session.run(p, limits).status != "ok":
                failures += 1
        elapsed = time.perf_counter() - start
    return Measurement(engine.label, isolation, len(programs), elapsed, failures)


def combined_rate(ms: list[Measurement]) -> float:
    total = sum(m.programs for m in ms)
    seconds = sum(m.seconds for m in ms)
    return total / seconds if seconds else 0.0
