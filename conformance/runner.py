"""Running the suite: cases x engines -> results with final statuses.

Engines run concurrently (a thread each, since the work happens in their
worker processes); the cases of one engine go through that engine's persistent
worker sessions.  A failure seen in a batch session (engines that cannot fork
and run many programs in one process) is confirmed in a fresh process before it
counts, so one case cannot poison the next.
"""
from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, asdict
from typing import Callable, Optional

from engines import Limits, Program

from conformance.case import Case
from conformance.expectations import (NOT_APPLICABLE, SKIPPED, GATE_FAILING, Expectations, classify)
from conformance.judge import PASS, judge


CONFIRM_STARTUP_ALLOWANCE = 60.0


@dataclass
class CaseResult:
    case_id: str
    engine: str
    feature: str
    status: str                      # the final status (conformance.expectations)
    verdict: Optional[str] = None    # pass | fail | error; None when not run
    detail: str = ""
    matched: Optional[str] = None    # the acceptable outcome that matched (outcome-class cases)
    reason: str = ""                 # the expectations entry's reason, if any
    wall: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class SuiteResult:
    cases: list[Case]
    engines: dict                    # label -> version
    results: list[CaseResult] = field(default_factory=list)
    unused: dict = field(default_factory=dict)   # label -> [patterns matching no case]
    wall: float = 0.0
    engine_wall: dict = field(default_factory=dict)  # label -> seconds that engine took

    @property
    def features(self) -> list[str]:
        return sorted({c.feature for c in self.cases})

    def for_engine(self, label: str) -> list[CaseResult]:
        return [r for r in self.results if r.engine == label]

    def gate_failures(self) -> list[CaseResult]:
        return [r for r in self.results if r.status in GATE_FAILING]

    def counts(self, label: str) -> dict:
        counts: dict = {}
        for r in self.for_engine(label):
            counts[r.status] = counts.get(r.status, 0) + 1
        return counts


def program_of(case: Case) -> Program:
    return Program(source=case.source, dialect=case.dialect, features=case.features,
                   origin={"case": str(case.path)}, name=case.path.name)


def limits_of(case: Case) -> Limits:
    return Limits(timeout=case.timeout)


def confirm_limits_of(case: Case) -> Limits:
    """A fresh process pays the engine's start-up (Jython: seconds, more on a loaded machine)."""
    return Limits(timeout=case.timeout + CONFIRM_STARTUP_ALLOWANCE)


def run_suite(cases: list[Case], engines: list, expectations: dict[str, Expectations],
              on_result: Optional[Callable[[CaseResult], None]] = None, workers: int = 1,
              all_case_ids=None) -> SuiteResult:
    """Run `cases` on every engine (already checked available).  Expectations entries that
    match none of `all_case_ids` (default: the ids of `cases`) are reported as unused."""
    start = time.monotonic()
    suite = SuiteResult(cases=cases, engines={e.label: e.version for e in engines})
    lock = threading.Lock()

    def record(result: CaseResult):
        with lock:
            suite.results.append(result)
        if on_result is not None:
            on_result(result)

    with ThreadPoolExecutor(max_workers=max(1, len(engines))) as pool:
        futures = {e.label: pool.submit(_run_engine, e, cases, expectations[e.label], record, workers)
                   for e in engines}
        for label, f in futures.items():
            suite.engine_wall[label] = f.result()
    order = {c.id: i for i, c in enumerate(cases)}
    suite.results.sort(key=lambda r: (r.engine, order[r.case_id]))
    ids = list(all_case_ids) if all_case_ids is not None else [c.id for c in cases]
    suite.unused = {e.label: [x.pattern for x in expectations[e.label].unused(ids)] for e in engines}
    suite.wall = time.monotonic() - start
    return suite


def _run_engine(engine, cases, expectations: Expectations, record, workers: int) -> float:
    start = time.monotonic()
    todo = []
    for case in cases:
        entry = expectations.lookup(case.id)
        if not engine.covers(case.dialect):
            record(CaseResult(case.id, engine.label, case.feature, NOT_APPLICABLE, detail=f"needs {case.dialect}"))
        elif entry is not None and entry.status == "skip":
            record(CaseResult(case.id, engine.label, case.feature, SKIPPED, reason=entry.reason))
        else:
            todo.append(case)
    shares = [todo[i::workers] for i in range(workers)] if workers > 1 else [todo]
    with ThreadPoolExecutor(max_workers=len(shares)) as pool:
        for f in [pool.submit(_run_share, engine, share, expectations, record) for share in shares if share]:
            f.result()
    return time.monotonic() - start


# Engines whose sessions run many programs at once (`run_many`: Grumpy builds one Go binary
# per batch instead of one per program) get the cases in chunks of this many.
BATCH = 64


def _run_share(engine, cases, expectations, record):
    with engine.session(isolation="worker") as session:
        for chunk in _chunks(cases, session):
            ready = _run_many(session, chunk)
            for case in chunk:
                entry = expectations.lookup(case.id)
                verdict, outcome = run_case(engine, session, case, entry, ready.get(case.id))
                record(CaseResult(case.id, engine.label, case.feature, classify(verdict.verdict, entry),
                                  verdict=verdict.verdict, detail=verdict.detail, matched=verdict.matched,
                                  reason=entry.reason if entry else "", wall=outcome.wall))


def _chunks(cases, session):
    if not hasattr(session, "run_many"):
        return [cases]
    return [cases[i:i + BATCH] for i in range(0, len(cases), BATCH)]


def _run_many(session, cases) -> dict:
    """{case id: Outcome} for sessions with `run_many`, one call per distinct limit."""
    if not hasattr(session, "run_many"):
        return {}
    groups: dict = {}
    for case in cases:
        groups.setdefault(limits_of(case), []).append(case)
    ready = {}
    for limits, group in groups.items():
        for case, outcome in zip(group, session.run_many([program_of(c) for c in group], limits)):
            ready[case.id] = outcome
    return ready


def run_case(engine, session, case: Case, entry=None, outcome=None):
    """Run one case in `session` (unless its `outcome` is already there) and judge it:
    (Judgement, Outcome)."""
    if outcome is None:
        outcome = session.run(program_of(case), limits_of(case))
    verdict = judge(case, outcome)
    # A failure in a batch could be left-over state from an earlier program: confirm it
    # in a fresh process, unless the engine is known to fail the case anyway.
    if verdict.verdict != PASS and outcome.isolation == "batch" and entry is None:
        with engine.session(isolation="spawn") as fresh:
            outcome = fresh.run(program_of(case), confirm_limits_of(case))
        verdict = judge(case, outcome)
    return verdict, outcome
