"""Differential execution: one program, many engines, one Verdict.

Engines run concurrently (a thread each, every engine behind its own session).
A divergence that involves an engine run in a batch (Jython, Pyodide: many
programs in one interpreter) is confirmed by re-running that engine in a fresh
process before it is reported: a batch could leak state between programs.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from engines.base import Engine, Session
from engines.limits import Limits
from engines.outcome import Outcome
from engines.program import Program
from harness.compare import DIVERGE, Verdict, compare


@dataclass
class Result:
    program: Program
    outcomes: dict[str, Outcome]
    verdict: Verdict

    def to_dict(self) -> dict:
        return {"program": self.program.to_dict(),
                "outcomes": {k: v.to_dict() for k, v in self.outcomes.items()},
                "verdict": self.verdict.to_dict()}


class Differential:
    def __init__(self, engines: list[Engine], isolation: str = "worker", limits: Limits = Limits(),
                 strict_messages: bool = False, confirm: bool = True):
        self.engines = engines
        self.isolation = isolation
        self.limits = limits
        self.strict_messages = strict_messages
        self.confirm = confirm
        self._sessions: dict[str, Session] = {}
        self._spawn: dict[str, Session] = {}
        self._pool = ThreadPoolExecutor(max_workers=max(1, len(engines)), thread_name_prefix="engine")

    def _session(self, engine: Engine, isolation: str) -> Session:
        table = self._spawn if isolation == "spawn" and self.isolation != "spawn" else self._sessions
        if engine.label not in table:
            table[engine.label] = engine.session(isolation)
        return table[engine.label]

    def run(self, program: Program) -> Result:
        covered = [e for e in self.engines if e.covers(program.dialect)]
        skipped = [e.label for e in self.engines if not e.covers(program.dialect)]
        futures = {e.label: self._pool.submit(self._run_one, e, program, self.isolation) for e in covered}
        outcomes = {label: f.result() for label, f in futures.items()}
        verdict = compare(outcomes, self.strict_messages)
        if verdict.status == DIVERGE and self.confirm:
            outcomes, verdict = self._confirm(program, covered, outcomes, verdict)
        verdict.skipped = skipped
        return Result(program, outcomes, verdict)

    def _run_one(self, engine: Engine, program: Program, isolation: str) -> Outcome:
        return self._session(engine, isolation).run(program, self.limits)

    def _confirm(self, program, covered, outcomes, verdict):
        batch = [e for e in covered if outcomes[e.label].isolation == "batch"]
        if not batch:
            return outcomes, verdict
        futures = {e.label: self._pool.submit(self._run_one, e, program, "spawn") for e in batch}
        outcomes = dict(outcomes)
        for label, f in futures.items():
            outcomes[label] = f.result()
        return outcomes, compare(outcomes, self.strict_messages)

    def close(self):
        for table in (self._sessions, self._spawn):
            for s in table.values():
                s.close()
            table.clear()
        self._pool.shutdown(wait=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
