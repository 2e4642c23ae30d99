"""Robustness: does an engine ever fail *as an engine* on generated programs?

Every program the project's generators make must end in one of the ordinary ways on every
engine: it runs, it raises a Python exception, or the engine reports that it does not
support something.  A crash (a signal), an internal error (for refvm: a host exception
escaping the VM, exit status 70 with `refvm: internal error`) or a hang is the engine's
bug, whatever the program does.  refvm's issue asks for none on 10,000 programs, syntax-only
ones included; `diverge stress robustness` runs that check on any engine.

Program kinds: `semantic` (fuzz.generate: executable, deterministic programs), `codegen`
and `hypothesmith` (fuzz.syntax: compile-only programs whose source is syntax-fuzzed, so
they exercise the engine's parser and compiler).  fuzz and stress are one floor and do not
import each other: the command line (diverge/commands/stress.py) makes the programs and
hands them to `check`.
"""
from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from engines.base import Engine
from engines.limits import Limits
from engines.program import Program

# Ends that are the engine's fault, whatever the program does.
ENGINE_FAILURES = ("internal-error", "crash")


@dataclass
class Failure:
    kind: str
    origin: dict
    status: str
    detail: str


@dataclass
class Report:
    engine: str
    kind: str
    programs: int = 0
    statuses: Counter = field(default_factory=Counter)
    failures: list = field(default_factory=list)
    timeouts: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"engine": self.engine, "kind": self.kind, "programs": self.programs,
                "statuses": dict(self.statuses),
                "failures": [f.__dict__ for f in self.failures],
                "timeouts": [f.__dict__ for f in self.timeouts]}


def check(engine: Engine, kind: str, progs: Iterable[Program], limits: Limits = Limits(timeout=30),
          jobs: int = 2, on_progress: Optional[Callable[[int], None]] = None) -> Report:
    """Run every program on `engine` (worker sessions, `jobs` of them) and sort the ends."""
    progs = list(progs)
    report = Report(engine.label, kind)
    lock = threading.Lock()

    def share(part):
        with engine.session("worker") as session:
            for p in part:
                o = session.run(p, limits)
                with lock:
                    report.programs += 1
                    report.statuses[o.status] += 1
                    if o.status in ENGINE_FAILURES:
                        report.failures.append(Failure(kind, p.origin, o.status, _detail(o)))
                    elif o.status == "timeout":
                        report.timeouts.append(Failure(kind, p.origin, o.status, f"> {limits.timeout} s"))
                    if on_progress is not None:
                        on_progress(report.programs)

    parts = [progs[i::jobs] for i in range(jobs)]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for f in [pool.submit(share, part) for part in parts if part]:
            f.result()
    return report


def _detail(outcome) -> str:
    text = (outcome.detail or "").strip() or (outcome.stderr or "").strip()
    lines = text.splitlines()
    return lines[-1][:300] if lines else outcome.status
