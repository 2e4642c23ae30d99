"""How a Result is shown to a person: the engines table, groups, and a diff per group."""
from __future__ import annotations

import difflib

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from harness.compare import AGREE, DIVERGE, ERROR, render

STATUS_STYLE = {"ok": "green", "exception": "yellow", "unsupported": "dim"}


def show_result(console: Console, r):
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
