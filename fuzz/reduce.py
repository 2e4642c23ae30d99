"""Reduction: the smallest program on which the same engine groups still disagree the same way.

AST-aware minimization with pysource-minimize, the interestingness test run on persistent
workers.  A delta-debugging pass over the module's top-level statements goes first: a
generated program is mostly independent top-level pieces, which that pass drops in a few
dozen tests, so pysource-minimize (which copies the whole tree for every candidate) starts
from a program a fraction of the size.  For a flaky divergence a candidate is accepted only if it reproduces on several
runs (shrinkray's approach): a smaller program that diverges once by chance is not the same
finding.  Candidates must stay valid for the program's dialect: they compile on the host,
and engines that reject them (SyntaxError on a 2.7 engine) change the divergence, so the
test rejects them too.
"""
from __future__ import annotations

import ast
import time
import warnings
from dataclasses import dataclass

from pysource_minimize import minimize

from engines.program import Program
from fuzz.campaign.signature import divergence
from harness.differential import Differential


class Budget(Exception):
    pass


@dataclass
class Reduction:
    original: str
    reduced: str
    seconds: float
    tests: int
    timed_out: bool

    @property
    def statements_share(self) -> float:
        return count_statements(self.reduced) / max(1, count_statements(self.original))


def count_statements(source: str) -> int:
    try:
        return sum(isinstance(n, ast.stmt) for n in ast.walk(ast.parse(source)))
    except SyntaxError:
        return 0


def reduce_program(program: Program, diff: Differential, runs: int = 1, budget: float = 60.0,
                   target: str | None = None) -> Reduction:
    """Minimize `program` while `diff` still reports the same divergence (`target`, by
    default the one the program shows now) on `runs` consecutive runs."""
    start = time.monotonic()
    if target is None:
        target = divergence(diff.run(program))
    tests = 0
    timed_out = False

    seen: dict[str, bool] = {}

    def interesting(source: str) -> bool:
        if source not in seen:           # the minimizer proposes some candidates more than once
            seen[source] = test_once(source)
        return seen[source]

    def test_once(source: str) -> bool:
        nonlocal tests
        if time.monotonic() - start > budget:
            raise Budget
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                compile(source, program.name, "exec")
        except (SyntaxError, ValueError):
            return False
        candidate = Program(source, program.dialect, program.features, program.origin, program.name)
        for _ in range(runs):
            tests += 1
            r = diff.run(candidate)
            if r.verdict.status != "diverge" or divergence(r) != target:
                return False
        return True

    # pysource-minimize returns only at the end; remember the smallest interesting candidate
    # so that a reduction cut short by its time budget still keeps its progress.
    smallest = [program.source]

    def test(source: str) -> bool:
        ok = interesting(source)
        if ok and len(source) < len(smallest[0]):
            smallest[0] = source
        return ok

    try:
        best = minimize(_drop_top_level(program.source, test), test)
    except Budget:
        timed_out = True
        best = smallest[0]
    return Reduction(program.source, _tidy(best), time.monotonic() - start, tests, timed_out)


def _drop_top_level(source: str, test) -> str:
    """ddmin (Zeller) over the top-level statements: remove chunks, halving the chunk size
    when none can go, while `test` holds.  Returns the source unchanged if nothing went or
    it cannot be parsed (a reduction of py2-only source is left to pysource-minimize)."""
    try:
        body = ast.parse(source).body
    except SyntaxError:
        return source

    def render(stmts):
        return ast.unparse(ast.Module(body=stmts, type_ignores=[])) + "\n"

    if len(body) < 2 or not test(render(body)):
        return source
    n = 2
    while len(body) >= 2:
        chunk = max(1, len(body) // n)
        for i in range(0, len(body), chunk):
            candidate = body[:i] + body[i + chunk:]
            if candidate and test(render(candidate)):
                body = candidate
                n = max(n - 1, 2)
                break
        else:
            if chunk == 1:
                break
            n = min(n * 2, len(body))
    return render(body)


def _tidy(source: str) -> str:
    """The minimizer's output without the blank lines it puts between definitions: a
    reduced program is read as one piece."""
    lines = [line for line in source.splitlines() if line.strip()]
    return "\n".join(lines) + "\n"
