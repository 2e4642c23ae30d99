"""`diverge report`: the static HTML site, summary.md and report.json (see docs/reports.md)."""
from __future__ import annotations

from pathlib import Path

import click

from diverge.commands.fuzz import DEFAULT_DB
from engines.errors import UserError
from harness.store import Store
from reports.build import build_report
from reports.history import import_bench, import_conform, load_stress

DEFAULT_OUT = "diverge-out/report"


@click.command("report")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True,
              help="the findings store to report on")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_OUT, show_default=True,
              help="folder for index.html (+ conformance.html, findings.html), summary.md, report.json")
@click.option("--import-conform", "conform_files", multiple=True, metavar="FILE",
              type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="first record a run saved by `diverge conform --json > FILE` into --db (repeatable)")
@click.option("--import-bench", "bench_files", multiple=True, metavar="FILE",
              type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="first record benchmark figures (JSON, see docs/reports.md) into --db (repeatable)")
@click.option("--stress", "stress_files", multiple=True, metavar="FILE",
              type=click.Path(dir_okay=False, exists=True, path_type=Path),
              help="thread-stress results to chart (JSON, see docs/reports.md; repeatable)")
def command(db, out, conform_files, bench_files, stress_files):
    """A static site (conformance matrix with history, findings, campaigns, benchmarks, stress),
    summary.md and report.json from the store DB.  The last line printed is the path of index.html."""
    stress = [e for f in stress_files for e in load_stress(f)]
    if not db.exists() and not (conform_files or bench_files):
        raise UserError(f"{db}: no such database (run `diverge fuzz --db {db}`, or give --db or --import-conform)")
    store = Store(db)
    try:
        for f in conform_files:
            rid, new = import_conform(store, f)
            click.echo(f"recorded conformance run #{rid} from {f}" if new else f"{f}: already recorded as run #{rid}")
        for f in bench_files:
            click.echo(f"recorded {import_bench(store, f)} benchmark figures from {f}")
        written = build_report(store, out, db_label=str(db), stress=stress)
    finally:
        store.close()
    click.echo(f"markdown: {written.markdown}")
    click.echo(f"json: {written.json}")
    click.echo(str(written.index))
