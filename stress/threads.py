"""Thread stress: racy and race-free thread programs, many runs per engine.

Each run is a fresh process (a fork of a warm interpreter, a fresh namespace in a batch
runner, or a Grumpy binary), with an extreme switch interval where the engine has
`sys.setswitchinterval` (CPython, PyPy; Jython and Grumpy have none: their threads are
real JVM threads / goroutines and need none).

refvm runs under its schedule explorer: one `python -m refvm --explore N --json` process
runs the program under N schedules (PCT by default; an engine spec's `sched=` option picks
another, e.g. `refvm:sched=random:0`), and its outcomes with their counts become the
distribution.  A refvm deadlock (exit status 4) is the outcome `deadlock`; a real engine
would hang there (`timeout`).
"""
from __future__ import annotations

from typing import Callable, Iterable

import json
import re

from engines.base import Engine
from engines.outcome import UNSUPPORTED
from stress.distribution import Distribution, run_many, skip_reason, unsupported_note
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
        if engine.name == "refvm" and "explore" not in engine.options:
            for spec in specs:
                n = runs or spec.runs or 50
                if progress:
                    progress(f"{spec.name} on {engine.label}: {n} schedules (--explore)")
                out.append(run_explored(spec, engine, n, prelude))
            continue
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


# refvm's documented exit statuses under the scheduler (docs/refvm.md, threads)
REFVM_DEADLOCK = 4
_EXC_LINE = re.compile(r"^([A-Za-z_][\w.]*)(:|$)")
EXPLORE_CAP_S = 900.0


def explored_outcome_text(entry: dict) -> tuple[str, bool]:
    """One outcome of `refvm --explore --json` as stress outcome text (as outcome_text
    words a run), and whether it is an ordinary end."""
    if entry.get("timeout"):
        return "timeout", False
    status = entry.get("exit", 0)
    if status == 0:
        lines = [line.strip() for line in entry.get("stdout", "").strip().splitlines()]
        return " | ".join(lines) or "(no output)", True
    if status == REFVM_DEADLOCK:
        return "deadlock", False
    if status == 1:
        for line in reversed(entry.get("stderr", "").splitlines()):
            m = _EXC_LINE.match(line)
            if m:
                return f"exception: {m.group(1).rsplit('.', 1)[-1]}", False
    return f"crash: exit {status}", False


def run_explored(spec: StressSpec, engine: Engine, runs: int, prelude: str = "") -> Distribution:
    """`runs` schedules of `spec` under refvm's explorer, in one refvm process."""
    ex = engine.with_options(explore=str(runs))
    sched = engine.options.get("sched", "pct")
    dist = Distribution(spec.name, engine.label, engine.version, spec.description,
                        settings={"explore": runs, "sched": sched})
    reason = skip_reason(spec, engine)
    if reason:
        dist.note = reason
        return dist
    with ex.session("spawn") as session:
        o = session.run(spec.program(prelude), spec.limits(timeout=min(spec.timeout * runs, EXPLORE_CAP_S)))
    if o.status == UNSUPPORTED:
        dist.note = unsupported_note(engine, o)
        return dist
    try:
        report = json.loads(o.stdout)
        entries = report["outcomes"]
    except (ValueError, KeyError, TypeError):
        dist.note = (f"{engine.label}'s explorer gave no report ({o.status}, exit {o.exit}): "
                     f"{(o.detail or o.stderr).strip()[-200:]}")
        return dist
    for entry in entries:
        text, ok = explored_outcome_text(entry)
        cls = spec.classify(text, ok)
        dist.counts[text] += int(entry.get("count", 1))
        dist.classes[text] = cls
    dist.max_rss_kib = o.max_rss
    dist.wall_max = o.wall
    return dist
