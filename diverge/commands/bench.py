"""`diverge bench ...`: benchmarks that print figures (never pass/fail on time)."""
from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from diverge.options import select_engines
from stress.throughput import combined_rate, measure, small_programs


@click.group("bench")
def command():
    """Benchmarks: harness throughput; (later) engine benchmarks and regressions."""


@command.command("throughput")
@click.option("--count", "-n", type=click.IntRange(1), default=200, show_default=True,
              help="programs per engine and mode")
@click.option("--engines", "-e", "engines_spec", default="cpython,pypy", show_default=True, metavar="SPEC,...")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="also record the figures in this store (diverge report charts them)")
def throughput(count, engines_spec, db):
    """The same COUNT small programs in worker mode and in spawn mode; prints programs/s and the ratio."""
    engines = select_engines(engines_spec)
    programs = small_programs(count)
    console = Console()
    results = {"worker": [], "spawn": []}
    for mode in ("worker", "spawn"):
        for e in engines:
            with console.status(f"{e.label}: {count} programs, {mode} mode"):
                results[mode].append(measure(e, mode, programs))
    table = Table(title=f"harness throughput ({count} programs per engine and mode)")
    for col in ("engine", "mode", "programs/s", "ms/program", "not ok"):
        table.add_column(col, justify="right" if col != "engine" and col != "mode" else "left")
    for mode, ms in results.items():
        for m in ms:
            table.add_row(m.engine, mode, f"{m.rate:.1f}", f"{1000 / m.rate:.2f}", str(m.failures))
    console.print(table)
    worker, spawn = combined_rate(results["worker"]), combined_rate(results["spawn"])
    labels = "+".join(e.label for e in engines)
    click.echo(f"{labels}: worker {worker:.1f} programs/s, spawn {spawn:.1f} programs/s")
    if db:
        from harness.store import Store
        from reports.history import record_throughput
        record_throughput(Store(db), results, versions={e.label: e.version for e in engines})
    click.echo(f"ratio: {worker / spawn:.2f}")


@command.command("campaign")
@click.option("--count", "-n", type=click.IntRange(1), default=200, show_default=True)
@click.option("--engines", "-e", "engines_spec", default="cpython,pypy", show_default=True, metavar="SPEC,...")
@click.option("--jobs", "-j", type=click.IntRange(1), default=2, show_default=True)
@click.option("--features", default=None, help="generator features (default: the generator's)")
@click.option("--dask/--no-dask", default=True, show_default=True, help="also on a Dask LocalCluster")
def campaign(count, engines_spec, jobs, features, dask):
    """Campaign programs/s (no reduction): in-process, local pool, Dask LocalCluster."""
    from fuzz.campaign.bench import compare_modes
    from fuzz.generate.config import parse_features
    select_engines(engines_spec)
    figures = compare_modes(engines_spec, count, jobs, parse_features(features) if features else None, dask)
    table = Table(title=f"campaign throughput ({engines_spec}, {count} programs)")
    for col in ("mode", "programs/s", "seconds", "divergences"):
        table.add_column(col)
    for f in figures:
        table.add_row(f.mode, f"{f.rate:.2f}", f"{f.seconds:.1f}", str(f.divergences))
    Console().print(table)
    if dask and jobs > 1:
        pool, cluster = figures[1], figures[2]
        click.echo(f"dask/pool: {cluster.rate / pool.rate:.2f}")
