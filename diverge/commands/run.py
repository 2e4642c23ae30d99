"""`diverge run FILE...`: run programs on engines side by side and show any divergence."""
from __future__ import annotations

import difflib
import json
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress
from rich.table import Table

from diverge.options import engines_option, select_engines
from engines import Limits, Program
from engines.errors import UserError
from engines.program import DIALECTS
from harness.compare import AGREE, DIVERGE, ERROR, render
from harness.differential import Differential

STATUS_STYLE = {"ok": "green", "exception": "yellow", "unsupported": "dim"}


@click.command("run")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=Path))
@engines_option()
@click.option("--dialect", type=click.Choice(DIALECTS), default="py3", show_default=True,
              help="the programs' dialect; engines whose language level does not cover it sit out")
@click.option("--json", "as_json", is_flag=True, help="print a JSON list, one object per file")
@click.option("--timeout", type=float, default=10.0, show_default=True, help="wall seconds per program")
@click.option("--isolation", type=click.Choice(["worker", "spawn"]), default="worker", show_default=True,
              help="persistent workers (fork server / batch) or one process per program")
@click.option("--strict-messages", is_flag=True, help="also compare exception messages")
def command(files, engines_spec, dialect, as_json, timeout, isolation, strict_messages):
    """Run FILEs on engines; exit 0 if all agree, 1 on any divergence."""
    if timeout <= 0:
        raise click.BadParameter("must be positive", param_hint="--timeout")
    programs = [_load(f, dialect) for f in files]
    engines = select_engines(engines_spec)
    console = Console(stderr=as_json)
    results = []
    with Differential(engines, isolation, Limits(timeout=timeout), strict_messages) as diff:
        with Progress(console=Console(stderr=True), transient=True,
                      disable=len(programs) < 2 or as_json) as progress:
            task = progress.add_task("running", total=len(programs))
            for prog in programs:
                results.append(diff.run(prog))
                progress.advance(task)
    if as_json:
        click.echo(json.dumps([_json(r) for r in results], indent=2))
    else:
        for r in results:
            _show(console, r)
    statuses = {r.verdict.status for r in results}
    if DIVERGE in statuses:
        raise SystemExit(1)
    if ERROR in statuses:
        raise SystemExit(2)


def _load(path: Path, dialect: str) -> Program:
    try:
        return Program.from_file(path, dialect)
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except (OSError, ValueError) as e:
        raise UserError(f"{path}: {getattr(e, 'strerror', None) or e}") from None


def _json(r) -> dict:
    outcomes = {}
    for label, o in r.outcomes.items():
        outcomes[label] = {"status": o.status, "exception": o.exception, "message": o.message,
                           "stdout": o.stdout, "stderr": o.stderr, "exit": o.exit, "signal": o.signal,
                           "detail": o.detail, "wall": round(o.wall, 4), "cpu": round(o.cpu, 4),
                           "max_rss": o.max_rss, "version": o.version, "isolation": o.isolation}
    return {"file": r.program.origin.get("file"), "dialect": r.program.dialect, "outcomes": outcomes,
            "verdict": r.verdict.to_dict()}


def _show(console: Console, r):
    v = r.verdict
    colour = {AGREE: "green", DIVERGE: "red", ERROR: "magenta"}.get(v.status, "yellow")
    console.rule(f"[bold]{escape(str(r.program.origin.get('file')))}[/] — [{colour}]{v.status}[/]")
    table = Table(show_edge=False, pad_edge=False)
    for col in ("engine", "group", "status", "exit", "exception", "stdout", "time"):
        table.add_column(col, overflow="fold")
    group_of = {label: chr(ord("A") + i) for i, g in enumerate(v.groups) for label in g}
    for label, o in r.outcomes.items():
        lines = o.stdout.splitlines()
        summary = (lines[0][:50] + (f" (+{len(lines) - 1} lines)" if len(lines) > 1 else "")) if lines else ""
        style = STATUS_STYLE.get(o.status, "red")
        table.add_row(label, group_of.get(label, "-"), f"[{style}]{o.status}[/]",
                      "" if o.exit is None else str(o.exit), o.exception or "", escape(summary),
                      f"{o.wall * 1000:.0f} ms")
    console.print(table)
    for label in v.skipped:
        console.print(f"  [dim]{label}: skipped (its language level does not cover dialect {r.program.dialect})[/]")
    for label in v.unsupported:
        console.print(f"  [dim]{label}: unsupported: {escape(r.outcomes[label].detail)}[/]")
    for label in v.errors:
        console.print(f"  [magenta]{label}: internal error: {escape(r.outcomes[label].detail)}[/]")
    if v.status == DIVERGE:
        console.print("  groups: " + "; ".join(f"{chr(ord('A') + i)} = {', '.join(g)}" for i, g in enumerate(v.groups)))
        base = v.groups[0][0]
        for group in v.groups[1:]:
            other = group[0]
            diff = difflib.unified_diff(render(r.outcomes[base]).splitlines(), render(r.outcomes[other]).splitlines(),
                                        fromfile=base, tofile=other, lineterm="")
            for line in diff:
                style = "green" if line.startswith("+") else "red" if line.startswith("-") else "cyan" if line.startswith("@") else ""
                console.print(f"  [{style}]{escape(line)}[/]" if style else "  " + escape(line))
