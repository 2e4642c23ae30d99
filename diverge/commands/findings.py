"""`diverge findings list|show|export`: what campaigns stored."""
from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.syntax import Syntax
from rich.table import Table

from diverge.commands.fuzz import DEFAULT_DB
from engines.errors import UserError
from harness.explain import CLASSES, evidence_line
from harness.export import export_finding
from harness.store import Store

db_option = click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB,
                         show_default=True)


def open_store(db: Path) -> Store:
    if not db.exists():
        raise UserError(f"{db}: no such database (run `diverge fuzz` first, or give --db)")
    return Store(db)


def get_finding(store: Store, fid: int):
    f = store.finding(fid)
    if f is None:
        raise UserError(f"no finding {fid} in {store.path}")
    return f


@click.group("findings")
def command():
    """Findings stored by campaigns."""


@command.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True)
@click.option("--class", "classification", metavar="CLASS",
              help="only findings of this classification (see `diverge explain`): "
                   + ", ".join(CLASSES + ("unclassified", "flaky")))
def list_(db, as_json, classification):
    if classification is not None and classification not in CLASSES + ("unclassified", "flaky"):
        raise UserError(f"unknown class {classification!r} (known: {', '.join(CLASSES)}, unclassified, flaky)")
    store = open_store(db)
    findings = store.findings(classification)
    if as_json:
        click.echo(json.dumps([f.to_dict() for f in findings], indent=2))
        return
    table = Table(title=f"findings in {db}")
    for col in ("id", "count", "classification", "reproduced", "engines", "lines"):
        table.add_column(col)
    for f in findings:
        table.add_row(str(f.id), str(f.count), f.classification, f"{f.flaky_rate:.0%}",
                      " vs ".join(",".join(g) for g in f.engines), str(len(f.program.splitlines())))
    Console().print(table)


@command.command("show")
@click.argument("fid", type=int)
@db_option
def show(fid, db):
    store = open_store(db)
    f = get_finding(store, fid)
    console = Console()
    console.rule(f"finding {f.id}: {f.signature}")
    console.print(f"count {f.count}, classification {f.classification}, reproduced {f.flaky_rate:.0%}, "
                  f"seed {f.origin.get('seed')}")
    explanation = store.explanation(f.id)
    for label, ev in (explanation or {}).get("evidence", {}).items():
        console.print(f"  {label}: {evidence_line(ev) if ev else 'nothing reproduced its outcome'}", markup=False)
    console.print(Syntax(f.program, "python", line_numbers=True))
    for label, o in f.outcomes.items():
        console.print(f"[bold]{label}[/] ({o.get('version', '')}): {o['status']}, exit {o['exit']}"
                      + (f", {o['exception']}" if o.get("exception") else ""))
        for line in o.get("stdout", "").splitlines()[:20]:
            console.print("    " + line, markup=False)


@command.command("export")
@click.argument("fid", type=int)
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@db_option
def export(fid, folder, db):
    """Write a standalone repro folder for finding FID."""
    f = get_finding(open_store(db), fid)
    export_finding(f, folder)
    click.echo(f"wrote {folder}; reproduce with: diverge repro {folder}")
