"""pyperf's method on one engine: a calibration process, then several worker processes,
each with warm-ups (discarded) and timed values; the values of all processes pooled.

Every process is a fresh one (a spawn session; Grumpy: a fresh run of its binary), so a
JIT's warm-up happens in each process as it would for a user, and the spread between
processes (hash seeds, address layout, the machine's load) is part of the sample."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from engines.base import Engine
from engines.limits import Limits
from stress.bench.stats import mad, median
from stress.bench.suite import Kernel


class BenchFailed(Exception):
    """A benchmark program did not run to the end on an engine."""


@dataclass
class Sample:
    benchmark: str
    engine: str
    version: str = ""
    loops: int = 0
    values: list = field(default_factory=list)     # seconds per loop
    slowdown: float = 0.0
    error: str = ""

    @property
    def median(self) -> float:
        return median(self.values)

    @property
    def mad(self) -> float:
        return mad(self.values)

    def to_dict(self) -> dict:
        d = {"benchmark": self.benchmark, "engine": self.engine, "version": self.version, "loops": self.loops,
             "values": self.values, "slowdown": self.slowdown}
        if self.error:
            d["error"] = self.error
        return d


@dataclass(frozen=True)
class Method:
    processes: int = 6
    warmups: int = 1
    values: int = 3
    min_time: float = 0.05          # seconds per value (pyperf's default is 0.1)
    timeout: float = 120.0


def _run(session, program, timeout) -> list[tuple[str, float]]:
    o = session.run(program, Limits(timeout=timeout))
    if o.status != "ok":
        why = o.exception or o.detail or o.status
        raise BenchFailed(f"{o.status}: {why}: {o.stderr.strip().splitlines()[-1:] or ''}")
    out = []
    for line in o.stdout.split("\n"):
        parts = line.split()
        if len(parts) == 2:
            out.append((parts[0], float(parts[1])))
    return out


def calibrate(session, kernel: Kernel, method: Method) -> int:
    lines = _run(session, kernel.program(0, min_time=method.min_time, slowdown=0.0), method.timeout)
    return int(dict(lines)["loops"])


# Engines with a JIT get more warm-up values per process (pyperf does the same for PyPy).
JIT_WARMUPS = {"pypy": 4}


def measure_one(session, kernel: Kernel, loops: int, method: Method, slowdown: float | None = None) -> list[float]:
    """One worker process: its timed values (warm-ups dropped)."""
    warmups = max(method.warmups, JIT_WARMUPS.get(session.engine.name, 0))
    program = kernel.program(loops, warmups, method.values, method.min_time, slowdown)
    return [v for kind, v in _run(session, program, method.timeout) if kind == "value"]


def measure(engine: Engine, kernel: Kernel, method: Method = Method(), slowdown: float | None = None,
            session=None, loops: int | None = None, progress: Callable[[str], None] | None = None) -> Sample:
    """A Sample of `kernel` on `engine`; a failing run becomes the Sample's `error`."""
    sample = Sample(kernel.name, engine.label, engine.version)
    own = session is None
    if own:
        session = engine.session("spawn")
    try:
        sample.loops = loops or calibrate(session, kernel, method)
        for p in range(method.processes):
            if progress:
                progress(f"{kernel.name} on {engine.label}: process {p + 1}/{method.processes}")
            sample.values.extend(measure_one(session, kernel, sample.loops, method, slowdown))
        sample.slowdown = kernel.program(1, slowdown=slowdown).origin["slowdown"]
    except BenchFailed as e:
        sample.error = str(e)
    finally:
        if own:
            session.close()
    return sample
