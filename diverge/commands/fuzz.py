"""`diverge fuzz`: a campaign — generate, run, compare, confirm, bucket, reduce, store."""
from __future__ import annotations

import re
from pathlib import Path

import click
from rich.console import Console
from rich.live import Live
from rich.table import Table

from engines.errors import UserError
from engines.program import DIALECTS
from fuzz.campaign.runner import Campaign, CampaignConfig, resume_config
from fuzz.generate.config import parse_features
from harness.store import Store

DEFAULT_DB = "diverge-out/diverge.db"


def parse_duration(text: str) -> float:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([smh]?)", text.strip())
    if not m:
        raise click.BadParameter(f"{text!r} is not a duration like 90s, 30m or 2h", param_hint="--time")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600}[m.group(2)]


@click.command("fuzz")
@click.option("--engines", "-e", "engines_spec", default="cpython,pypy", show_default=True, metavar="SPEC,...")
@click.option("--time", "time_text", metavar="DURATION", help="run for this long (90s, 30m, 2h)")
@click.option("--count", "-n", type=click.IntRange(1), help="run this many programs")
@click.option("--seed", type=click.IntRange(0), default=0, show_default=True, help="the campaign seed")
@click.option("--dialect", type=click.Choice(DIALECTS), default="py3", show_default=True)
@click.option("--features", help="generator features, e.g. +finalizers or arithmetic,classes=3 (see diverge gen)")
@click.option("--jobs", "-j", type=click.IntRange(1), default=1, show_default=True, help="local worker processes")
@click.option("--cluster", metavar="tcp://HOST:PORT", help="run on a Dask distributed cluster")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB, show_default=True)
@click.option("--resume", is_flag=True, help="continue the last campaign in --db")
@click.option("--no-reduce", is_flag=True, help="store findings without minimizing them")
@click.option("--no-explain", is_flag=True, help="store findings without classifying them (diverge explain)")
@click.option("--confirm", "confirm_runs", type=click.IntRange(0), default=3, show_default=True,
              help="fresh-process re-runs that confirm a divergence")
@click.option("--timeout", type=float, default=10.0, show_default=True, help="wall seconds per program")
@click.option("--reduce-budget", type=float, default=60.0, show_default=True, help="seconds per reduction")
@click.option("--guided", is_flag=True, help="coverage-guided: steer generator weights and mutate a corpus "
              "toward refvm branches not yet reached (docs/coverage.md)")
@click.option("--coverage-sample", type=click.FloatRange(0.0, 1.0), default=None, metavar="SHARE",
              help="share of programs measured on refvm under coverage.py [default: 0.25 with --guided, else 0]")
def command(engines_spec, time_text, count, seed, dialect, features, jobs, cluster, db, resume, no_reduce,
            no_explain, confirm_runs, timeout, reduce_budget, guided, coverage_sample):
    """Generate programs, run them on every engine, and store confirmed, reduced divergences."""
    time_limit = parse_duration(time_text) if time_text else None
    store = Store(db)
    if resume:
        cid, config = resume_config(store, jobs, cluster, time_limit)
        if config.guided or config.coverage_sample:
            raise UserError("a coverage-measuring (--guided / --coverage-sample) campaign cannot be resumed")
    else:
        if count is None and time_limit is None:
            raise click.UsageError("give --count N or --time DURATION (or --resume)")
        try:
            feats = parse_features(features) if features else None
        except ValueError as e:
            raise UserError(str(e)) from None
        config = CampaignConfig(engines=engines_spec, seed=seed, count=count, time_limit=time_limit,
                                dialect=dialect, features=feats, jobs=jobs, cluster=cluster, reduce=not no_reduce,
                                explain=not no_explain,
                                confirm_runs=confirm_runs, timeout=timeout, reduce_budget=reduce_budget,
                                guided=guided, coverage_sample=coverage_sample if coverage_sample is not None
                                else (0.25 if guided else 0.0))
        if config.guided and config.coverage_sample == 0:
            raise click.UsageError("--guided needs --coverage-sample above 0")
        _check_dialect(engines_spec, dialect)
        cid = None
    console = Console(stderr=True)
    with Live(console=console, refresh_per_second=4, transient=False) as live:
        kind = Campaign
        if config.guided or config.coverage_sample:
            from fuzz.campaign.guided import GuidedCampaign as kind
        campaign = kind(store, config, campaign_id=cid, on_progress=lambda p: live.update(_panel(p)))
        try:
            progress = campaign.run()
        except KeyboardInterrupt:
            progress = campaign.progress
            console.print("[yellow]interrupted: resume with --resume[/]")
        live.update(_panel(progress))
    if not console.is_terminal:
        console.print()                  # Live's last frame ends without a newline in a log
    _summary(console, store, campaign.id, progress)
    if getattr(campaign, "summary", None) is not None:
        t = campaign.summary.total
        console.print(f"semantic coverage (sampled programs): {t.branches_hit}/{t.branches} refvm branches "
                      f"({t.branch_pct:.1f}%), {t.lines_hit}/{t.lines} lines ({t.line_pct:.1f}%)")
    click.echo(f"campaign {campaign.id}: {progress.programs} programs, {progress.findings} findings in {db}")


def _check_dialect(engines_spec, dialect):
    """Say which engines the dialect leaves out (their language level is too low: the
    harness skips them for every program); fewer than two left is an error."""
    from diverge.options import select_engines
    engines = select_engines(engines_spec)
    out = [e for e in engines if not e.covers(dialect)]
    for e in out:
        level = ".".join(map(str, e.language_level)) or "unknown"
        click.echo(f"note: {e.label} (language level {level}) cannot run {dialect} programs: left out",
                   err=True)
    if len(engines) - len(out) < 2:
        raise UserError(f"dialect {dialect}: fewer than two of the engines can run its programs "
                        f"({', '.join(e.label for e in engines if e.covers(dialect)) or 'none'})")


def _panel(p) -> Table:
    t = Table.grid(padding=(0, 2))
    total = f"/{p.total}" if p.total else ""
    left = f"{p.time_left:.0f} s" if p.time_left is not None else "-"
    t.add_row("programs", f"{p.programs}{total}", "programs/s", f"{p.rate:.2f}", "time left", left)
    t.add_row("divergences", str(p.diverging), "confirmed", str(p.confirmed), "flaky", str(p.flaky))
    t.add_row("findings", f"{p.findings} ({p.new_findings} new)", "reductions", str(len(p.reductions)),
              "engine errors", str(p.errors))
    if p.coverage:
        t.add_row("coverage", p.coverage)
    return t


def _summary(console, store, cid, progress):
    table = Table(title="findings")
    for col in ("id", "count", "reproduced", "lines", "signature"):
        table.add_column(col)
    for f in store.findings():
        table.add_row(str(f.id), str(f.count), f"{f.flaky_rate:.0%}", str(len(f.program.splitlines())), f.signature)
    console.print(table)
    if progress.reductions:
        import statistics
        shares = [r.statements_share for r in progress.reductions]
        secs = [r.seconds for r in progress.reductions]
        console.print(f"reductions: {len(shares)}, median size {statistics.median(shares):.1%} of the original's "
                      f"statements, median {statistics.median(secs):.1f} s")
