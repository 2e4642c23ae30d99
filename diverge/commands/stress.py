"""`diverge stress threads|gc`: many runs per program and engine, outcomes against classes."""
from __future__ import annotations

import json
import time
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from diverge.options import engines_option, select_engines
from stress.spec import builtin, load

_STYLE = {"acceptable": "green", "interesting": "yellow", "forbidden": "bold red"}


@click.group("stress")
def command():
    """Thread-race and GC stress: distributions of outcomes, forbidden outcomes are findings."""


def _files_argument():
    return click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))


def _specs(files, kind):
    return [load(f, kind) for f in files] if files else builtin(kind)


def _show(dists, as_json, title, figures=False):
    entries = [d.to_entry() for d in dists]
    if as_json:
        click.echo(json.dumps({"stress": entries}, indent=2))
    else:
        table = Table(title=title)
        for col in ("test", "engine", "runs", "outcomes (count, class)") + (("peak RSS MiB",) if figures else ()):
            table.add_column(col, overflow="fold")
        notes = {}
        for d, e in zip(dists, entries):
            if d.note:
                notes.setdefault((d.engine, d.note), []).append(d.test)
                continue
            outs = "\n".join(f"[{_STYLE[o['class']]}]{o['outcome']}  ×{o['count']}  {o['class']}[/]"
                             for o in e["outcomes"])
            cells = [d.test, d.engine, str(d.runs), outs]
            if figures:
                cells.append(f"{d.max_rss_kib / 1024:.0f}" if d.max_rss_kib else "-")
            table.add_row(*cells)
        Console().print(table)
        for (engine, note), tests in notes.items():
            click.echo(f"{engine}: {note} ({len(tests)} program{'s' if len(tests) > 1 else ''})")
    forbidden = [(d.test, d.engine, o) for d in dists for o in d.forbidden]
    for test, engine, o in forbidden:
        click.echo(f"FORBIDDEN {test} on {engine}: {o}", err=True)
    return 1 if forbidden else 0


def _progress(console):
    status = console.status("starting")
    status.start()
    start = time.time()
    return status, lambda msg: status.update(f"[{time.time() - start:.0f} s] {msg}")


@command.command("threads")
@_files_argument()
@engines_option()
@click.option("--runs", "-n", type=click.IntRange(1), default=None,
              help="runs per program and engine (default: the program's `runs`, else 50)")
@click.option("--switch-interval", type=float, default=1e-6, show_default=True,
              help="sys.setswitchinterval where the engine has it (CPython, PyPy); 0 leaves the default")
@click.option("--json", "as_json", is_flag=True,
              help="per program and engine the distinct outcomes with counts (diverge report --stress reads it)")
def threads(files, engines_spec, runs, switch_interval, as_json):
    """Racy and race-free thread programs (FILEs, or the project's own), many runs each.

    Exit status 1 if any program showed a forbidden outcome on any engine."""
    from stress.threads import stress_threads
    specs = _specs(files, "threads")
    engines = select_engines(engines_spec)
    status, progress = _progress(Console(stderr=True))
    try:
        dists = stress_threads(specs, engines, runs, switch_interval or None, progress)
    finally:
        status.stop()
    ctx = click.get_current_context()
    ctx.exit(_show(dists, as_json, f"thread stress (switch interval {switch_interval or 'default'})"))


@command.command("gc")
@_files_argument()
@engines_option()
@click.option("--runs", "-n", type=click.IntRange(1), default=None,
              help="runs per program and engine (default: the program's `runs`, else 5)")
@click.option("--json", "as_json", is_flag=True, help="per program and engine the distinct outcomes with counts")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="also record peak RSS per program and engine in this store (diverge report charts it)")
def gc(files, engines_spec, runs, as_json, db):
    """Allocation- and finalizer-heavy programs (FILEs, or the project's own) in fresh processes.

    Crashes, hangs and forbidden outcomes are findings (exit status 1); peak RSS is a figure."""
    from stress.gc import stress_gc
    specs = _specs(files, "gc")
    engines = select_engines(engines_spec)
    status, progress = _progress(Console(stderr=True))
    try:
        dists = stress_gc(specs, engines, runs, progress)
    finally:
        status.stop()
    if db:
        from harness.store import Store
        figures = [{"benchmark": f"stress/{d.test}", "engine": d.engine, "version": d.version,
                    "metric": "peak RSS", "value": d.max_rss_kib / 1024, "unit": "MiB", "meta": {"runs": d.runs}}
                   for d in dists if d.max_rss_kib]
        Store(db).record_bench(figures)
    ctx = click.get_current_context()
    ctx.exit(_show(dists, as_json, "GC stress", figures=True))


ROBUSTNESS_KINDS = ("semantic", "codegen", "hypothesmith")


def robustness_programs(kind: str, seed: int, count: int, dialect: str = "py3"):
    """`count` programs of `kind` from `seed` on, each one's origin regenerating it: fuzz's
    generators feeding stress's check (the two do not import each other)."""
    if kind == "semantic":
        from fuzz.generate import generate
        return [generate(seed + i, {"dialect": dialect}) for i in range(count)]
    from fuzz.syntax import syntax_programs
    return syntax_programs(seed, count, kind)


@command.command("robustness")
@click.option("--engines", "-e", "engines_spec", default="refvm", show_default=True, metavar="SPEC,...")
@click.option("--count", "-n", type=click.IntRange(1), default=1000, show_default=True,
              help="programs of each kind")
@click.option("--kind", "kinds", multiple=True, type=click.Choice(ROBUSTNESS_KINDS),
              help="program kinds (default: semantic and codegen); repeat for several")
@click.option("--seed", type=click.IntRange(0), default=0, show_default=True, help="first seed")
@click.option("--dialect", type=click.Choice(["py3", "py2+3", "py310"]), default="py3", show_default=True,
              help="dialect of the semantic programs")
@click.option("--jobs", "-j", type=click.IntRange(1, 16), default=2, show_default=True,
              help="worker sessions per engine")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="wall seconds per program")
@click.option("--json", "as_json", is_flag=True, help="counts per status and every failure, as JSON")
def robustness(engines_spec, count, kinds, seed, dialect, jobs, timeout, as_json):
    """Generated programs on engines: each must run, raise, or report unsupported.

    A crash or an internal error (for refvm, a host traceback) is the engine's bug, listed
    with the seed that regenerates the program; exit status 1 if there is any."""
    from engines.limits import Limits
    from stress.robustness import check
    engines = select_engines(engines_spec)
    kinds = kinds or ("semantic", "codegen")
    console = Console(stderr=True)
    reports = []
    with _progress_bar(console) as bar:
        for kind in kinds:
            task = bar.add_task(f"generating {count} {kind}", total=None)
            progs = robustness_programs(kind, seed, count, dialect)
            bar.remove_task(task)
            for e in engines:
                task = bar.add_task(f"{e.label}: {kind}", total=len(progs))
                reports.append(check(e, kind, progs, Limits(timeout=timeout), jobs,
                                     on_progress=lambda n, t=task: bar.update(t, completed=n)))
    if as_json:
        click.echo(json.dumps({"robustness": [r.to_dict() for r in reports]}, indent=2))
    else:
        table = Table(title=f"robustness: generated programs from seed {seed}")
        for col in ("engine", "kind", "programs", "ends (status: count)", "engine failures", "timeouts"):
            table.add_column(col, overflow="fold")
        for r in reports:
            ends = ", ".join(f"{s}: {n}" for s, n in sorted(r.statuses.items(), key=lambda kv: -kv[1]))
            table.add_row(r.engine, r.kind, str(r.programs), ends,
                          f"[bold red]{len(r.failures)}[/]" if r.failures else "0", str(len(r.timeouts)))
        Console().print(table)
        for r in reports:
            for f in r.failures + r.timeouts:
                click.echo(f"{f.status.upper()} {r.engine} {f.kind} {json.dumps(f.origin, sort_keys=True)}: "
                           f"{f.detail}", err=True)
    click.get_current_context().exit(1 if any(r.failures for r in reports) else 0)


def _progress_bar(console):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console)
