"""Grumpy's own test programs (`testing/*.py` in the sdist, Python 2 files written by
its authors) through this project's transpiler.  A test passes when it exits 0 (they
are assert-based).  The passing list is kept in `expectations.txt` beside this file.

    python -m engines.grumpy.testsuite              run, print a table and the pass count
    python -m engines.grumpy.testsuite --check      exit 1 if the result differs from expectations.txt
    python -m engines.grumpy.testsuite --update     rewrite expectations.txt
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from engines.grumpy import paths
from engines.grumpy.compile import compile_program
from engines.grumpy.engine import Grumpy, GrumpySession
from engines.limits import Limits
from engines.program import Program
from engines.spec import parse_spec

EXPECTATIONS = Path(__file__).with_name("expectations.txt")
LEFTOVER = Path("/tmp/file_test__someunlikelyexistingfile")


class Py2Session(GrumpySession):
    def compile(self, program):
        key = program.digest + program.name
        if key not in self._compiled:
            self._compiled[key] = compile_program(program.source, program.name, py2=True, lib=self._lib)
        return self._compiled[key]


def test_programs() -> list[Program]:
    files = sorted((paths.sdist() / "testing").glob("*.py"))
    return [Program(f.read_text(encoding="latin-1"), "py2+3", origin={"file": str(f)}, name=f.name) for f in files]


def run(limits: Limits = Limits(timeout=30)) -> dict:
    """{test name: (passed, detail)}"""
    engine = Grumpy(parse_spec("grumpy"))
    engine.require()
    session = Py2Session(engine)
    try:
        programs = test_programs()
        outcomes = session.run_many(programs, limits)
    finally:
        session.close()
        # file_test.py leaves this behind; owned by a sandbox uid, it would fail the next run.
        LEFTOVER.unlink(missing_ok=True)
    results = {}
    for p, o in zip(programs, outcomes):
        ok = o.status == "ok" and o.exit == 0
        detail = o.detail or (o.stderr.strip().splitlines() or [""])[-1]
        if o.status == "exception":
            detail = f"{o.exception}: {o.message}"
        results[p.name] = (ok, o.status, detail[:150])
    return results


def expected() -> set:
    if not EXPECTATIONS.exists():
        return set()
    return {l.split("#")[0].strip() for l in EXPECTATIONS.read_text().splitlines()} - {""}


def write_expectations(results: dict):
    passed = sorted(n for n, (ok, _, _) in results.items() if ok)
    failed = sorted(n for n, (ok, _, _) in results.items() if not ok)
    lines = ["# Grumpy's own test programs (testing/*.py of grumpy-runtime 0.3.0) that pass on this",
             "# project's transpiler.  Regenerate: python -m engines.grumpy.testsuite --update",
             f"# {len(passed)} of {len(results)} pass.", ""] + passed + ["", "# failing:"]
    lines += [f"#   {n}: {results[n][1]}: {results[n][2]}" for n in failed]
    EXPECTATIONS.write_text("\n".join(lines) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m engines.grumpy.testsuite", description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args(argv)
    results = run()
    for name, (ok, status, detail) in sorted(results.items()):
        print(f"{'pass' if ok else 'FAIL':4}  {name:26} {'' if ok else status + ': ' + detail}")
    passed = {n for n, (ok, _, _) in results.items() if ok}
    print(f"\n{len(passed)} of {len(results)} of Grumpy's test programs pass "
          f"({100 * len(passed) / max(1, len(results)):.0f}%)")
    if args.update:
        write_expectations(results)
    if args.check:
        want = expected()
        if passed != want:
            for n in sorted(want - passed):
                print(f"regression: {n} no longer passes")
            for n in sorted(passed - want):
                print(f"unexpected pass: {n} (update expectations.txt)")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
