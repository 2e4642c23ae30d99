"""`diverge engines`: what is installed, versions, and why not."""
from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from engines import default_engines, resolve_many


@click.command("engines")
@click.option("--json", "as_json", is_flag=True, help="print a JSON list")
@click.argument("specs", nargs=-1)
def command(as_json, specs):
    """Show each engine: name, version, language level, available or why not."""
    engines = resolve_many(",".join(specs)) if specs else default_engines()
    rows = []
    for e in engines:
        ok, reason = e.available()
        rows.append({"name": e.label, "version": e.version if ok else "", "available": ok,
                     "reason": reason, "level": ".".join(map(str, e.language_level)) if ok else "",
                     "description": e.description})
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    table = Table(title="engines")
    for col in ("engine", "version", "level", "status"):
        table.add_column(col)
    for r in rows:
        status = "[green]available[/]" if r["available"] else f"[red]unavailable[/]: {r['reason']}"
        table.add_row(r["name"], r["version"], r["level"], status)
    Console().print(table)
