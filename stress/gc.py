"""GC stress: allocation- and finalizer-heavy programs on each engine.

Cycles with finalizers, resurrection, weakref callbacks, finalizers that allocate, and
plain churn.  Engines differ legitimately in *when* finalizers run (CPython at once or at
a collection, PyPy only at collections, the JVM whenever); the programs' outcome classes
allow those and forbid what no engine may do (a finalizer run twice, a lost weakref
callback after the referent died and a collection ran, a crash or a hang).  Peak RSS per
engine is a figure: `Outcome.max_rss` (0 for batch engines, whose process is shared).
A refvm engine given without a `gc=` option runs once per gc mode (`refvm:gc=refcount`,
CPython's timing; `refvm:gc=tracing`, PyPy's; `refvm:gc=none`, no cycle collection), each
its own entry.
"""
from __future__ import annotations

from typing import Callable, Iterable

from engines.base import Engine
from stress.distribution import Distribution, run_many
from stress.spec import StressSpec


def stress_gc(specs: list[StressSpec], engines: Iterable[Engine], runs: int | None,
              progress: Callable[[str], None] | None = None) -> list[Distribution]:
    """Every spec on every engine, `runs` times (or the spec's own `runs`, else 5).

    Each run is a fresh process (`spawn`) so peak RSS is the program's own, and a batch
    engine's collector state cannot leak from one run into the next."""
    out = []
    for engine in gc_modes(engines):
        with engine.session("spawn") as session:
            for spec in specs:
                n = runs or spec.runs or 5
                if progress:
                    progress(f"{spec.name} on {engine.label}: {n} runs")
                out.append(run_many(spec, engine, session, n))
    return out


REFVM_GC_MODES = ("refcount", "tracing", "none")


def gc_modes(engines: Iterable[Engine]) -> list[Engine]:
    """The engines, with a refvm that names no gc mode replaced by one per mode."""
    out = []
    for engine in engines:
        if engine.name == "refvm" and "gc" not in engine.options:
            out += [engine.with_options(gc=mode) for mode in REFVM_GC_MODES]
        else:
            out.append(engine)
    return out
