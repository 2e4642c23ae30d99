"""Comparison: group engines by equal normalized outcome and give a Verdict.

What is compared (the outcome's *key*):
  - for ok / exception: status, exit status, final exception type, normalized stdout
    (and the exception message with strict_messages);
  - for the limit and crash classes: the status class only (partial output before a
    timeout or a flood is not meaningful), plus the signal for a crash.
Engines whose outcome is `unsupported` sit out the comparison (they are listed).
An `internal-error` makes the verdict `error`: the harness or an engine failed,
which says nothing about the program.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from engines.outcome import CRASH, EXCEPTION, INTERNAL_ERROR, OK, UNSUPPORTED, Outcome
from harness.normalize import normalize_stdout

AGREE, DIVERGE, ERROR, FLAKY = "agree", "diverge", "error", "flaky"


@dataclass
class Verdict:
    status: str                                  # agree | diverge | flaky | error
    groups: list[list[str]] = field(default_factory=list)   # engine labels with equal outcomes
    unsupported: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)         # engines with internal errors
    skipped: list[str] = field(default_factory=list)        # engines whose level misses the dialect

    def to_dict(self) -> dict:
        return {"status": self.status, "groups": self.groups, "unsupported": self.unsupported,
                "errors": self.errors, "skipped": self.skipped}


def outcome_key(o: Outcome, strict_messages: bool = False) -> tuple:
    if o.status in (OK, EXCEPTION):
        msg = o.message if strict_messages and o.status == EXCEPTION else None
        return (o.status, o.exit, o.exception, msg, normalize_stdout(o.stdout))
    if o.status == CRASH:
        return (o.status, o.signal)
    return (o.status,)


def compare(outcomes: dict[str, Outcome], strict_messages: bool = False) -> Verdict:
    errors = [e for e, o in outcomes.items() if o.status == INTERNAL_ERROR]
    unsupported = [e for e, o in outcomes.items() if o.status == UNSUPPORTED]
    groups: dict[tuple, list[str]] = {}
    for engine, o in outcomes.items():
        if o.status in (INTERNAL_ERROR, UNSUPPORTED):
            continue
        groups.setdefault(outcome_key(o, strict_messages), []).append(engine)
    group_list = sorted(groups.values(), key=lambda g: (-len(g), g))
    if errors:
        status = ERROR
    elif len(group_list) > 1:
        status = DIVERGE
    else:
        status = AGREE
    return Verdict(status, group_list, unsupported, errors)


def render(o: Outcome) -> str:
    """An outcome as text, for diffs between groups: what the comparison looked at."""
    lines = [f"status: {o.status}"]
    if o.exit is not None:
        lines.append(f"exit: {o.exit}")
    if o.signal is not None:
        lines.append(f"signal: {o.signal}")
    if o.exception:
        lines.append(f"exception: {o.exception}" + (f": {o.message}" if o.message else ""))
    if o.detail and o.status not in (OK, EXCEPTION):
        lines.append(f"detail: {o.detail}")
    lines.append("stdout:")
    lines.extend("  " + line for line in normalize_stdout(o.stdout).splitlines())
    return "\n".join(lines) + "\n"
