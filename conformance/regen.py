"""Regenerating `.out` reference files from CPython 3.11.

`diverge conform --regen [--cases GLOB]` (or `python -m conformance.regen [GLOB...]`)
runs every reference case on the `cpython` engine and writes `<name>.out`.  Each case
runs twice, in two worker sessions (so two hash seeds); a case whose outcome differs
between the runs is reported as unstable and its `.out` left alone: such a case needs
outcome classes or a fix.  Negative and outcome-class cases are run once as a check
that CPython meets them.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field

from engines import resolve

from conformance.case import CASES_DIR, Case, discover
from conformance.judge import PASS, judge, observed
from conformance.outfile import format_out
from conformance.runner import limits_of, program_of

REFERENCE = "cpython"
REFERENCE_LEVEL = (3, 11)


class RegenError(Exception):
    pass


@dataclass
class RegenReport:
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)   # one line each


def reference_engine(spec: str = REFERENCE):
    engine = resolve(spec)
    ok, reason = engine.available()
    if not ok:
        raise RegenError(f"the reference engine {spec} is not available: {reason}")
    if tuple(engine.language_level[:2]) != REFERENCE_LEVEL:
        level = ".".join(map(str, engine.language_level))
        raise RegenError(f"reference outcomes come from CPython 3.11; {engine.label} is {level}")
    return engine


def regenerate(cases: list[Case], engine=None) -> RegenReport:
    engine = engine or reference_engine()
    report = RegenReport()
    with engine.session() as first, engine.session() as second:
        for case in cases:
            outcome = first.run(program_of(case), limits_of(case))
            if case.kind != "reference":
                verdict = judge(case, outcome)
                if verdict.verdict != PASS:
                    report.problems.append(f"{case.id}: CPython does not meet the case: {verdict.detail}")
                continue
            seen = observed(outcome)
            if seen is None:
                report.problems.append(f"{case.id}: {outcome.status} {outcome.detail}".rstrip())
                continue
            again = observed(second.run(program_of(case), limits_of(case)))
            if again != seen:
                report.problems.append(f"{case.id}: unstable (differs between two runs); use outcome classes")
                continue
            text = format_out(seen)
            if case.out_path.exists() and case.out_path.read_text(encoding="utf-8") == text:
                report.unchanged += 1
            else:
                case.out_path.write_text(text, encoding="utf-8")
                report.written.append(case.id)
    return report


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        cases = discover(CASES_DIR, patterns=argv or None, read_expected=False)
        report = regenerate(cases)
    except Exception as e:  # noqa: BLE001 - only our user-facing errors are expected here
        from conformance.case import CaseError
        if isinstance(e, (CaseError, RegenError)):
            print(f"regen: {e}", file=sys.stderr)
            return 2
        raise
    for line in report.problems:
        print(f"problem: {line}")
    print(f"{len(cases)} cases: {len(report.written)} .out written, {report.unchanged} unchanged, "
          f"{len(report.problems)} problems")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
