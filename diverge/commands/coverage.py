"""`diverge coverage`: semantic coverage — which of refvm's code (the executable
description of Python's semantics) a set of programs exercises, per area."""
from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from engines.errors import UserError

DEFAULT_DB = "diverge-out/diverge.db"


def vm_args(spec: str | None) -> list[str]:
    """'gc=tracing,jit=on' -> ['--gc', 'tracing', '--jit', 'on'] (refvm's own options)."""
    out: list[str] = []
    for part in filter(None, (spec or "").split(",")):
        name, eq, value = part.partition("=")
        if not eq or name not in ("gc", "jit", "sched", "seed"):
            raise UserError(f"--vm: {part!r} is not one of gc=, jit=, sched=, seed=")
        out += [f"--{name}", value]
    return out


@click.command("coverage")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--suite", is_flag=True, help="measure the conformance suite")
@click.option("--campaign", "campaign_db", type=click.Path(dir_okay=False, path_type=Path), metavar="DB",
              help="measure the programs of the latest campaign in DB")
@click.option("--campaign-id", type=click.IntRange(1), help="with --campaign: this campaign instead of the latest")
@click.option("--cases", "patterns", multiple=True, metavar="GLOB", help="with --suite: only cases whose id matches")
@click.option("--limit", type=click.IntRange(1), help="with --campaign: only its first N programs")
@click.option("--html", "html_dir", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="write coverage.py's HTML report (annotated refvm source) here")
@click.option("--json", "as_json", is_flag=True, help="print the result as JSON")
@click.option("--summary", is_flag=True, help="print the per-area table only, not the uncovered branches")
@click.option("--vm", "vm_specs", multiple=True, metavar="OPT=V,...",
              help="refvm options, e.g. gc=tracing,jit=on; repeat to run every program under each (union)")
@click.option("--jobs", "-j", type=click.IntRange(1), default=2, show_default=True, help="measuring processes")
@click.option("--timeout", type=float, default=10.0, show_default=True, help="wall seconds per program")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help=f"record the result here (default: the --campaign DB, else {DEFAULT_DB})")
@click.option("--no-record", is_flag=True, help="do not record the result in the store")
def command(files, suite, campaign_db, campaign_id, patterns, limit, html_dir, as_json, summary, vm_specs, jobs,
            timeout, db, no_record):
    """Run programs on refvm under coverage.py and report semantic coverage per refvm area,
    with the list of refvm branches nothing reached (each one a missing test)."""
    from harness.semcov import programs as P
    from harness.semcov.measure import Arcs, ServerPool
    from harness.semcov.summary import summarize
    from harness.store import Store

    if sum([bool(files), suite, campaign_db is not None]) != 1:
        raise click.UsageError("give exactly one of --suite, --campaign DB or FILE...")
    if campaign_db is not None and not campaign_db.exists():
        raise UserError(f"{campaign_db}: no such database")
    configs = [vm_args(s) for s in vm_specs] or [[]]
    store = None
    cid = None
    if suite:
        kind, progs = "suite", _suite(list(patterns) or None)
        total = len(progs)
    elif campaign_db is not None:
        store = Store(campaign_db)
        cid, progs, total = P.campaign(store, _regenerate, campaign_id, limit)
        kind = "campaign"
    else:
        kind, progs = "files", P.files(files)
        total = len(progs)
    if total == 0:
        raise UserError("no programs to measure")
    console = Console(stderr=True)
    statuses: dict[str, int] = {}
    failed: list[str] = []
    with ServerPool(jobs) as pool:
        arcs = Arcs(pool.baseline)
        progs = list(progs)
        with Progress(TextColumn("measuring"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                      console=console, transient=True) as bar:
            task = bar.add_task("", total=len(progs) * len(configs))
            for args in configs:
                for (label, _), m in zip(progs, pool.map((s for _, s in progs), timeout, args)):
                    arcs.add(m.arcs)
                    statuses[m.status] = statuses.get(m.status, 0) + 1
                    if m.status in ("timeout", "crash", "internal-error"):
                        failed.append(f"{label}{' ' + ' '.join(args) if args else ''}: {m.status}")
                    bar.advance(task)
    result = summarize(arcs, str(html_dir) if html_dir else None)
    meta = {"statuses": statuses, "vm": configs, "source": kind}
    if html_dir:
        meta["html"] = str(Path(html_dir).resolve() / "index.html")
    if not no_record:
        from harness.semcov.records import record_run
        target = store or Store(db or DEFAULT_DB)
        if db is not None and store is not None:
            target = Store(db)
        record_run(target, kind, result, len(progs), cid, meta)
    if as_json:
        d = result.to_dict()
        d.update(programs=len(progs), kind=kind, campaign_id=cid, **meta, not_measured=failed)
        click.echo(json.dumps(d, indent=1))
        return
    if not summary:
        show_uncovered(result)
    console = Console()
    console.print(area_table(result, f"semantic coverage of {_what(kind, cid, len(progs))} on refvm"))
    console.print("programs: " + ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())))
    for line in failed[:20]:
        console.print(f"  not measured: {line}")
    partial = sum(b.partial for b in result.uncovered)
    console.print(f"uncovered branches: {len(result.uncovered)} ({partial} on lines that ran, "
                  f"{len(result.uncovered) - partial} in code nothing reached)")
    if result.html:
        console.print(f"HTML report: {result.html}")


def _what(kind, cid, n):
    if kind == "suite":
        return f"the conformance suite ({n} cases)"
    if kind == "campaign":
        return f"campaign {cid} ({n} programs)"
    return f"{n} program(s)"


def area_table(result, title: str) -> Table:
    t = Table(title=title)
    for col, just in (("area", "left"), ("lines", "right"), ("line %", "right"), ("branches", "right"),
                      ("branch %", "right"), ("uncovered", "right")):
        t.add_column(col, justify=just)
    missing: dict[str, int] = {}
    for b in result.uncovered:
        missing[b.area] = missing.get(b.area, 0) + 1
    for r in result.areas + [result.total]:
        miss = len(result.uncovered) if r is result.total else missing.get(r.area, 0)
        if not r.lines:
            t.add_row(r.area, "-", "-", "-", "-", "-", end_section=r is result.areas[-1])
            continue
        t.add_row(r.area, f"{r.lines_hit}/{r.lines}", f"{r.line_pct:.1f}", f"{r.branches_hit}/{r.branches}",
                  f"{r.branch_pct:.1f}", str(miss), end_section=r is result.areas[-1])
    return t


def show_uncovered(result):
    area = None
    for b in result.uncovered:
        if b.area != area:
            area = b.area
            click.echo(f"# {area}")
        click.echo(("  " if b.partial else "  . ") + b.label())


def _suite(patterns) -> list[tuple[str, str]]:
    """The conformance suite's cases as (id, source)."""
    from conformance.case import CaseError, discover
    try:
        cases = discover(patterns=patterns, read_expected=False)
    except CaseError as e:
        raise UserError(str(e)) from None
    return [(c.id, c.source) for c in cases]


def _regenerate(seed: int, config: dict) -> str:
    """A campaign program from its stored seed and generator config."""
    from fuzz.generate import GenConfig, generate
    return generate(seed, GenConfig.coerce(config)).source
