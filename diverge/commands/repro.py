"""`diverge repro ID|DIR`: run a stored or exported finding again on its engines."""
from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console

from diverge.commands.findings import db_option, get_finding, open_store
from diverge.view import show_result
from engines import Limits, Program, resolve_many
from fuzz.campaign.signature import divergence
from harness.differential import Differential
from harness.export import load_exported


@click.command("repro")
@click.argument("target")
@db_option
@click.option("--timeout", type=float, default=10.0, show_default=True)
def command(target, db, timeout):
    """Reproduce finding TARGET (an id in --db, or a folder from `findings export`).
    Exit 1 if the same engines still disagree the same way, 0 if they now agree."""
    folder = Path(target)
    if folder.is_dir():
        data = load_exported(folder)
        source = (folder / "program.py").read_text()
    elif target.isdigit():
        data = get_finding(open_store(db), int(target)).to_dict()
        source = data["reduced"] or data["original"]
    else:
        raise click.UsageError(f"{target!r} is neither a finding id nor an exported folder")
    labels = [label for group in data["engines"] for label in group]
    engines = resolve_many(",".join(labels))
    for e in engines:
        e.require()
    program = Program(source, data["dialect"], tuple(data["features"]), data["origin"], "program.py")
    expected = data["signature"].rsplit(" #", 1)[0]
    console = Console()
    with Differential(engines, "spawn", Limits(timeout=timeout)) as diff:
        result = diff.run(program)
    show_result(console, result)
    got = divergence(result) if result.verdict.status == "diverge" else "agree"
    if got == expected:
        console.print(f"[red]reproduced[/]: {expected}")
        raise SystemExit(1)
    console.print(f"[green]not reproduced[/]: expected {expected}, got {got}")
