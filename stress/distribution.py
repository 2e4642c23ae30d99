"""Run one stress program many times on one engine: the distribution of its outcomes.

The result of a (program, engine) pair is an entry in the shape `diverge report --stress`
reads (docs/reports.md): {test, engine, version, description, runs, outcomes: [{outcome,
count, class}]}, plus `figures` (peak RSS, wall) and `note` (why an engine sat out).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from engines.base import Engine
from engines.outcome import UNSUPPORTED
from stress.spec import StressSpec, outcome_text


@dataclass
class Distribution:
    test: str
    engine: str
    version: str = ""
    description: str = ""
    counts: Counter = field(default_factory=Counter)
    classes: dict = field(default_factory=dict)          # outcome -> class
    max_rss_kib: int = 0
    wall_max: float = 0.0
    note: str = ""                                       # set when the engine sat out
    settings: dict = field(default_factory=dict)         # e.g. the switch interval used

    @property
    def runs(self) -> int:
        return sum(self.counts.values())

    @property
    def forbidden(self) -> list[str]:
        return [o for o in self.counts if self.classes[o] == "forbidden"]

    def add(self, outcome: str, cls: str):
        self.counts[outcome] += 1
        self.classes[outcome] = cls

    def to_entry(self) -> dict:
        order = {"forbidden": 0, "interesting": 1, "acceptable": 2}
        outcomes = sorted(self.counts.items(), key=lambda kv: (order[self.classes[kv[0]]], -kv[1], kv[0]))
        entry = {"test": self.test, "engine": self.engine, "version": self.version,
                 "description": self.description, "runs": self.runs,
                 "outcomes": [{"outcome": o, "count": n, "class": self.classes[o]} for o, n in outcomes]}
        if self.settings:
            entry["settings"] = self.settings
        if self.runs:
            entry["figures"] = {"max_rss_kib": self.max_rss_kib, "wall_max_s": round(self.wall_max, 3)}
        if self.note:
            entry["note"] = self.note
        return entry


# Engines that sit out a kind of stress entirely, and why.
SITS_OUT = {
    ("threads", "pyodide"): "pyodide runs no threads (CPython on WebAssembly, no pthreads): skipped",
}


# A program importing a module the engine does not have (Grumpy has no `gc`) says nothing
# about races or collection: the engine sits out, with the module named.
MISSING_MODULE = ("ImportError", "ModuleNotFoundError")


def skip_reason(spec: StressSpec, engine: Engine) -> str:
    """Why `engine` does not run `spec` at all, or ""."""
    kind = spec.name.split("/", 1)[0]
    reason = SITS_OUT.get((spec.kind or kind, engine.name))
    if reason:
        return reason
    if not engine.covers(spec.dialect):
        return f"{engine.label}'s language level does not cover {spec.dialect} programs"
    return ""


def unsupported_note(engine: Engine, o) -> str:
    return f"{engine.label} does not support this program: {(o.detail or o.stderr).strip()[:200]}"


def run_many(spec: StressSpec, engine: Engine, session, runs: int, prelude: str = "",
             settings: dict | None = None, progress=None) -> Distribution:
    """`runs` runs of `spec` in `session` (an open session of `engine`).

    An engine that reports `unsupported` (Grumpy: a construct it does not transpile) or
    lacks an imported module sits out with a note after its first run: not a finding."""
    dist = Distribution(spec.name, engine.label, engine.version, spec.description, settings=dict(settings or {}))
    reason = skip_reason(spec, engine)
    if reason:
        dist.note = reason
        return dist
    limits = spec.limits()
    program = spec.program(prelude)
    for _ in range(runs):
        o = session.run(program, limits)
        if o.status == UNSUPPORTED:
            dist.counts.clear()
            dist.note = unsupported_note(engine, o)
            return dist
        if o.status == "exception" and o.exception in MISSING_MODULE:
            dist.counts.clear()
            dist.note = f"{engine.label} lacks a module the program imports: {o.message or o.exception}"
            return dist
        text = outcome_text(o)
        dist.add(text, spec.classify(text, o.status == "ok"))
        dist.max_rss_kib = max(dist.max_rss_kib, o.max_rss)
        dist.wall_max = max(dist.wall_max, o.wall)
        if progress:
            progress()
    return dist
