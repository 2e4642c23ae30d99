"""Judging one engine's Outcome against a case's expectation.

Only what a case promises is compared: stdout (exactly, after turning CRLF into LF),
the final uncaught exception type, and for normal ends the exit status.  Exception
messages are never compared; cases that care print them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from conformance.case import Case
from conformance.outfile import Expected

PASS = "pass"
FAIL = "fail"
ERROR = "error"      # the harness or engine broke (internal-error): not a verdict on the engine


@dataclass(frozen=True)
class Judgement:
    verdict: str                 # pass | fail | error
    detail: str = ""             # why it failed; for outcome classes, which outcome matched
    matched: Optional[str] = None  # the acceptable outcome's name (kind == outcomes)


def observed(outcome) -> Optional[Expected]:
    """The comparable part of an Outcome, or None when the program did not end on its own."""
    stdout = outcome.stdout.replace("\r\n", "\n")
    if outcome.status == "ok":
        return Expected(stdout=stdout, exit=outcome.exit if outcome.exit is not None else 0)
    if outcome.status == "exception":
        return Expected(stdout=stdout, exception=outcome.exception or "?", exit=1)
    return None


def judge(case: Case, outcome) -> Judgement:
    if outcome.status == "internal-error":
        return Judgement(ERROR, f"internal error: {outcome.detail or outcome.stderr[-200:]}".strip())
    seen = observed(outcome)
    if seen is None:
        return Judgement(FAIL, f"{outcome.status}: {outcome.detail}".rstrip(": "))
    if case.kind == "negative":
        if seen.exception == case.negative:
            return Judgement(PASS)
        return Judgement(FAIL, f"expected uncaught {case.negative}, got {seen.describe()}")
    if case.kind == "outcomes":
        for name, allowed in case.outcomes.items():
            if _same(allowed, seen) is None:
                return Judgement(PASS, f"outcome {name}", matched=name)
        return Judgement(FAIL, f"forbidden outcome ({seen.describe()}): {_first_line_diff(next(iter(case.outcomes.values())).stdout, seen.stdout)}")
    problem = _same(case.expected, seen)
    return Judgement(FAIL, problem) if problem else Judgement(PASS)


def _same(want: Expected, got: Expected) -> Optional[str]:
    """None when `got` meets `want`, else a one-line reason."""
    if want.exception != got.exception or (not want.exception and want.exit != got.exit):
        return f"expected {want.describe()}, got {got.describe()}"
    if want.stdout != got.stdout:
        return _first_line_diff(want.stdout, got.stdout)
    return None


def _first_line_diff(want: str, got: str) -> str:
    a, b = want.split("\n"), got.split("\n")
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"stdout line {i + 1}: expected {x[:80]!r}, got {y[:80]!r}"
    if len(a) > len(b):
        return f"stdout ends early: missing line {len(b) + 1} {a[len(b)][:80]!r}"
    if len(b) > len(a):
        return f"stdout has extra line {len(a) + 1} {b[len(a)][:80]!r}"
    return "stdout differs"
