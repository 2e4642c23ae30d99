"""`diverge reduce FILE`: the smallest program on which the engines still disagree the same way."""
from __future__ import annotations

from pathlib import Path

import click

from diverge.commands.run import _load
from diverge.options import engines_option, select_engines
from engines import Limits
from engines.errors import UserError
from engines.program import DIALECTS
from fuzz.campaign.signature import divergence
from fuzz.reduce import count_statements, reduce_program
from harness.differential import Differential


@click.command("reduce")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@engines_option()
@click.option("--dialect", type=click.Choice(DIALECTS), default="py3", show_default=True)
@click.option("--out", "-o", type=click.Path(dir_okay=False, path_type=Path), help="write here (default: stdout)")
@click.option("--runs", type=click.IntRange(1), default=1, show_default=True,
              help="runs a candidate must diverge on (use 3+ for flaky divergences)")
@click.option("--budget", type=float, default=120.0, show_default=True, help="seconds")
@click.option("--timeout", type=float, default=10.0, show_default=True)
def command(file, engines_spec, dialect, out, runs, budget, timeout):
    """Minimize FILE while the same engine groups disagree the same way."""
    program = _load(file, dialect)
    with Differential(select_engines(engines_spec), "worker", Limits(timeout=timeout)) as diff:
        first = diff.run(program)
        if first.verdict.status != "diverge":
            raise UserError(f"{file}: the engines agree ({first.verdict.status}); nothing to reduce")
        red = reduce_program(program, diff, runs=runs, budget=budget, target=divergence(first))
    click.echo(f"reduced {count_statements(red.original)} → {count_statements(red.reduced)} statements "
               f"in {red.seconds:.1f} s ({red.tests} tests{', budget reached' if red.timed_out else ''})", err=True)
    if out:
        out.write_text(red.reduced)
        click.echo(f"wrote {out}", err=True)
    else:
        click.echo(red.reduced, nl=False)
