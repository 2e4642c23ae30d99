"""Thread stress: racy and race-free thread programs, many runs per engine.

Each run is a fresh process (a fork of a warm interpreter, a fresh namespace in a batch
runner, or a Grumpy binary), with an extreme switch interval where the engine has
`sys.setswitchinterval` (CPython, PyPy; Jython and Grumpy have none: their threads are
real JVM threads / goroutines and need none).  refvm runs no threads yet: it reports
`unsupported` and sits out with a note (its schedule explorer will run here).
"""
from __future__ import annotations

from typing import Callable, Iterable

from engines.base import Engine
from stress.distribution import Distribution, run_many
from stress.spec import StressSpec

DEFAULT_SWITCH_INTERVAL = 1e-6


def switch_prelude(interval: float | None) -> str:
    """One line that sets the switch interval where the engine has it."""
    if interval is None:
        return ""
    return ("import sys as _diverge_sys\n"
            f"if hasattr(_diverge_sys, 'setswitchinterval'): _diverge_sys.setswitchinterval({interval!r})\n"
            "del _diverge_sys\n")


def stress_threads(specs: list[StressSpec], engines: Iterable[Engine], runs: int | None,
                   switch_interval: float | None = DEFAULT_SWITCH_INTERVAL,
                   progress: Callable[[str], None] | None = None) -> list[Distribution]:
    """Every spec on every engine, `runs` times (or the spec's own `runs`, else 50)."""
    out = []
    prelude = switch_prelude(switch_interval)
    for engine in engines:
        with engine.session("worker") as session:
            for spec in specs:
                n = runs or spec.runs or 50
                settings = {"switch_interval": switch_interval if has_switch_interval(engine) else None}
                if progress:
                    progress(f"{spec.name} on {engine.label}: {n} runs")
                out.append(run_many(spec, engine, session, n, prelude, settings))
    return out


def has_switch_interval(engine: Engine) -> bool:
    """Whether the engine's sys has setswitchinterval (Python 3 engines; not Jython or Grumpy)."""
    level = engine.language_level
    return bool(level) and level[0] >= 3
