"""`diverge conform`: the feature-tagged conformance suite (see docs/conformance.md)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from engines import UserError, default_engines, resolve_many

from conformance.case import CASES_DIR, CaseError, discover
from conformance.expectations import (EXPECTATIONS_DIR, Expectations, ExpectationsError, render, updated)
from conformance.outfile import OutFileError
from conformance.regen import RegenError, regenerate
from conformance.report import matrix, summary_lines, to_json, to_junit
from conformance.runner import run_suite


class ConformError(click.ClickException):
    """A user-caused problem: one line on stderr, exit status 2."""
    exit_code = 2

    def show(self, file=None):
        click.echo(f"diverge conform: {self.message}", err=True)


def _split(values) -> list[str]:
    return [v.strip() for value in values for v in value.split(",") if v.strip()]


@click.command("conform")
@click.option("--engines", "engine_specs", multiple=True, metavar="SPECS",
              help="Comma-separated engine specs (default: every installed engine).")
@click.option("--features", multiple=True, metavar="NAMES", help="Only cases tagged with one of these features.")
@click.option("--cases", "patterns", multiple=True, metavar="GLOB", help="Only cases whose id matches (e.g. 'generators/*').")
@click.option("--gate", is_flag=True, help="Exit 1 on a regression or an unexpected pass (for CI).")
@click.option("--junit", "junit_path", type=click.Path(dir_okay=False, path_type=Path), help="Write JUnit XML here.")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON on stdout.")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also record this run in a findings store (diverge report shows the history).")
@click.option("--update-expectations", is_flag=True,
              help="Record new failures and drop entries of cases that now pass in each engine's expectations file.")
@click.option("--regen", is_flag=True, help="Regenerate the .out reference files from CPython 3.11 and exit.")
@click.option("--list", "list_only", is_flag=True, help="List the selected cases' features and counts, run nothing.")
@click.option("--workers", type=click.IntRange(1, 16), default=1, show_default=True,
              help="Worker sessions per engine.")
@click.option("--cases-dir", type=click.Path(file_okay=False, exists=True, path_type=Path), default=CASES_DIR,
              hidden=True)
@click.option("--expectations-dir", type=click.Path(file_okay=False, path_type=Path), default=EXPECTATIONS_DIR,
              hidden=True)
def command(engine_specs, features, patterns, gate, junit_path, as_json, db, update_expectations, regen, list_only,
            workers, cases_dir, expectations_dir):
    """Run the conformance suite on engines and judge each case against its expectation."""
    err = Console(stderr=True)
    try:
        if regen:
            cases = discover(cases_dir, _split(features) or None, list(patterns) or None, read_expected=False)
            report = regenerate(cases)
            for line in report.problems:
                err.print(f"[yellow]problem[/yellow] {line}", highlight=False)
            err.print(f"{len(cases)} cases: {len(report.written)} .out written, {report.unchanged} unchanged, "
                      f"{len(report.problems)} problems", highlight=False)
            sys.exit(1 if report.problems else 0)
        cases = discover(cases_dir, _split(features) or None, list(patterns) or None)
        if not cases:
            raise ConformError("no cases match the given --features/--cases")
        if list_only:
            _list(cases, as_json)
            return
        engines = _engines(_split(engine_specs), err)
        expectations = {e.label: Expectations.load(e.label, expectations_dir) for e in engines}
        store = _open_store(db) if db else None
    except (CaseError, OutFileError, ExpectationsError, RegenError, UserError) as e:
        raise ConformError(str(e)) from None

    all_ids = [c.id for c in discover(cases_dir, read_expected=False)]
    suite = _run(cases, engines, expectations, workers, err, all_ids)

    if junit_path:
        junit_path.write_text(to_junit(suite), encoding="utf-8")
    if store is not None:
        from reports.history import record_suite
        run_id = record_suite(store, to_json(suite), source="diverge conform")
        err.print(f"recorded as conformance run {run_id} in {db}", highlight=False)
    if as_json:
        click.echo(json.dumps(to_json(suite), indent=2))
    else:
        out = Console()
        out.print(matrix(suite))
        for line in summary_lines(suite):
            out.print(line, highlight=False)
        for r in suite.gate_failures():
            out.print(f"[red]{r.status}[/red] {r.engine} {r.case_id}: {r.detail or r.reason}", highlight=False)
        for label, stale in suite.unused.items():
            for pattern in stale:
                out.print(f"[yellow]unused expectation[/yellow] {label}: {pattern}", highlight=False)
    if update_expectations:
        for label, exp in expectations.items():
            entries, notes = updated(exp, suite.for_engine(label))
            if notes:
                exp.path.parent.mkdir(parents=True, exist_ok=True)
                exp.path.write_text(render(label, entries, exp.header), encoding="utf-8")
                err.print(f"{exp.path}: {len(notes)} change(s)", highlight=False)
    if gate and suite.gate_failures() and not update_expectations:
        sys.exit(1)


def _open_store(db: Path):
    from harness.store import Store
    return Store(db)


def _list(cases, as_json):
    rows = {}
    for c in cases:
        row = rows.setdefault(c.feature, {"cases": 0, "py2+3": 0, "reference": 0, "negative": 0, "outcomes": 0})
        row["cases"] += 1
        row["py2+3"] += c.dialect == "py2+3"
        row[c.kind] += 1
    tags = sorted({t for c in cases for t in c.features})
    if as_json:
        click.echo(json.dumps({"cases": len(cases), "features": len(rows), "tags": tags, "by_feature": rows}, indent=2))
        return
    table = Table(title=f"{len(cases)} cases, {len(rows)} features, {len(tags)} tags")
    for name in ("feature", "cases", "py2+3", "reference", "negative", "outcomes"):
        table.add_column(name, justify="left" if name == "feature" else "right", no_wrap=True)
    for feature, row in sorted(rows.items()):
        table.add_row(feature, *[str(v) for v in row.values()])
    table.add_row("total", *[str(sum(r[k] for r in rows.values())) for k in next(iter(rows.values()))],
                  end_section=True)
    Console().print(table)


def _engines(specs, err):
    if specs:
        engines = resolve_many(",".join(specs))
        for e in engines:
            e.require()
        return engines
    engines = []
    for e in default_engines():
        ok, reason = e.available()
        if ok:
            engines.append(e)
        else:
            err.print(f"[dim]skipping {e.label}: {reason}[/dim]", highlight=False)
    if not engines:
        raise ConformError("no engine is available (see `diverge engines`)")
    return engines


def _run(cases, engines, expectations, workers, err, all_ids):
    columns = (TextColumn("{task.description:<12}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[bad]}"))
    with Progress(*columns, console=err, transient=False, disable=not err.is_terminal) as progress:
        tasks = {e.label: progress.add_task(e.label, total=len(cases), bad="") for e in engines}
        bad = {e.label: 0 for e in engines}

        def on_result(r):
            if r.status in ("regression", "xpass", "error"):
                bad[r.engine] += 1
            progress.update(tasks[r.engine], advance=1, bad=f"[red]{bad[r.engine]} bad[/red]" if bad[r.engine] else "")

        return run_suite(cases, engines, expectations, on_result=on_result, workers=workers, all_case_ids=all_ids)
