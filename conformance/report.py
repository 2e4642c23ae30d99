"""Renderings of a suite run: the engines x features matrix, JSON, JUnit XML."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from rich.table import Table

from conformance.expectations import (ERRORED, FLAKY, NOT_APPLICABLE, PASSED, REGRESSION, SKIPPED, XFAIL,
                                      XPASS)
from conformance.runner import SuiteResult

ORDER = (PASSED, XFAIL, FLAKY, REGRESSION, XPASS, ERRORED, SKIPPED)


def pass_rate(results) -> tuple[int, int]:
    """(passed, run) over the results that ran."""
    ran = [r for r in results if r.verdict is not None]
    return sum(1 for r in ran if r.verdict == "pass"), len(ran)


def matrix(suite: SuiteResult) -> Table:
    table = Table(title=f"conformance: {len(suite.cases)} cases, {len(suite.features)} features "
                        f"({suite.wall:.1f} s)")
    table.add_column("feature", no_wrap=True)
    labels = list(suite.engines)
    for label in labels:
        table.add_column(label, justify="right")
    by_cell: dict = {}
    for r in suite.results:
        by_cell.setdefault((r.feature, r.engine), []).append(r)
    for feature in suite.features:
        table.add_row(feature, *[_cell(by_cell.get((feature, label), [])) for label in labels])
    table.add_row("pass rate", *[_cell(suite.for_engine(label)) for label in labels], end_section=True)
    table.add_row("passed/run", *[_counts(suite.for_engine(label)) for label in labels])
    return table


def _cell(results) -> str:
    """The pass rate of one engine on one feature; `!N` counts gate failures among them."""
    passed, ran = pass_rate(results)
    if not ran:
        return "[dim]-[/dim]"
    bad = sum(1 for r in results if r.status in (REGRESSION, XPASS, ERRORED))
    text = f"{100.0 * passed / ran:.0f}%" if passed < ran else "100%"
    if passed < ran and text == "100%":
        text = "99%"
    return f"[red]{text} !{bad}[/red]" if bad else (f"[green]{text}[/green]" if passed == ran else text)


def _counts(results) -> str:
    passed, ran = pass_rate(results)
    return f"{passed}/{ran}" if ran else "-"


def summary_lines(suite: SuiteResult) -> list[str]:
    lines = []
    for label in suite.engines:
        counts = suite.counts(label)
        parts = [f"{counts[s]} {s}" for s in ORDER if counts.get(s)]
        na = counts.get(NOT_APPLICABLE, 0)
        took = suite.engine_wall.get(label)
        lines.append(f"{label}: " + (", ".join(parts) or "nothing run") + (f" ({na} n/a for its dialect)" if na else "")
                     + (f" in {took:.1f} s" if took is not None else ""))
    return lines


def to_json(suite: SuiteResult) -> dict:
    engines = {}
    for label, version in suite.engines.items():
        results = suite.for_engine(label)
        passed, ran = pass_rate(results)
        engines[label] = {
            "version": version,
            "wall": round(suite.engine_wall.get(label, 0.0), 3),
            "run": ran,
            "passed": passed,
            "counts": suite.counts(label),
            "features": {f: dict(zip(("passed", "run"), pass_rate([r for r in results if r.feature == f])))
                         for f in suite.features},
            "results": [r.to_dict() for r in results if r.status != NOT_APPLICABLE],
            "unused_expectations": suite.unused.get(label, []),
        }
    return {
        "cases": len(suite.cases),
        "features": len(suite.features),
        "feature_names": suite.features,
        "wall": round(suite.wall, 3),
        "gate": "fail" if suite.gate_failures() else "pass",
        "engines": engines,
    }


def to_junit(suite: SuiteResult) -> str:
    root = ET.Element("testsuites", name="diverge-conformance")
    for label in suite.engines:
        results = [r for r in suite.for_engine(label) if r.status != NOT_APPLICABLE]
        el = ET.SubElement(root, "testsuite", name=f"conformance.{label}", tests=str(len(results)))
        failures = errors = skipped = 0
        for r in results:
            tc = ET.SubElement(el, "testcase", classname=f"{label}.{r.feature}", name=r.case_id,
                               time=f"{r.wall:.3f}")
            if r.status == REGRESSION:
                failures += 1
                ET.SubElement(tc, "failure", message=r.detail, type="regression").text = r.detail
            elif r.status == XPASS:
                failures += 1
                msg = f"expected to fail ({r.reason}) but passed"
                ET.SubElement(tc, "failure", message=msg, type="unexpected-pass").text = msg
            elif r.status == ERRORED:
                errors += 1
                ET.SubElement(tc, "error", message=r.detail).text = r.detail
            elif r.status in (SKIPPED, XFAIL, FLAKY):
                skipped += 1
                ET.SubElement(tc, "skipped", message=f"{r.status}: {r.reason or r.detail}")
        el.set("failures", str(failures))
        el.set("errors", str(errors))
        el.set("skipped", str(skipped))
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
