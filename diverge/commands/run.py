"""`diverge run FILE...`: run programs on engines side by side and show any divergence."""
from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.progress import Progress

from diverge.options import engines_option, select_engines
from engines import Limits, Program
from engines.errors import UserError
from engines.program import DIALECTS
from diverge.view import show_result
from harness.compare import DIVERGE, ERROR
from harness.differential import Differential


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
            show_result(console, r)
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
