"""`diverge gen`: print or write generated programs; `--check N` measures the generator."""
from __future__ import annotations

import json
from pathlib import Path

import click


def _config(dialect, features, size):
    from fuzz.generate import GenConfig, parse_features
    kw = {"dialect": dialect}
    if features:
        try:
            kw["features"] = parse_features(features)
        except ValueError as e:
            raise click.UsageError(str(e)) from None
    if size is not None:
        kw["size"] = size
    try:
        return GenConfig(**kw)
    except ValueError as e:
        raise click.UsageError(str(e)) from None


def _write(programs, out):
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    index = []
    for p in programs:
        name = "gen-%s.py" % p.origin.get("seed", p.digest)
        (out / name).write_text(p.source)
        index.append({"file": name, "dialect": p.dialect, "features": list(p.features), "origin": p.origin})
    (out / "index.json").write_text(json.dumps(index, indent=1) + "\n")
    click.echo("wrote %d programs to %s" % (len(index), out), err=True)


@click.option("--seed", "-s", type=int, default=0, show_default=True, help="First seed.")
@click.option("--count", "-n", type=click.IntRange(min=1), default=1, show_default=True, help="How many programs.")
@click.option("--dialect", type=click.Choice(["py3", "py2+3", "py310"]), default="py3", show_default=True)
@click.option("--features", "-f", default=None,
              help="Families: 'a,b' (only these), 'a=3' (weight), '+threads,-strings' (edit defaults), 'all,-threads'.")
@click.option("--size", type=click.IntRange(min=1), default=None, help="Main-body statements (default 6).")
@click.option("--out", "-o", type=click.Path(file_okay=False), default=None,
              help="Write gen-SEED.py files and index.json here instead of printing.")
@click.option("--check", "check_n", type=click.IntRange(min=1), default=None,
              help="Generate N programs, run each twice on CPython, report speed, coverage and validity.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Parallel CPython workers for --check.")
@click.option("--min-valid", type=float, default=0.0, help="With --check: exit 1 if validity is below this %.")
@click.option("--syntax", type=click.Choice(["codegen", "hypothesmith"]), default=None,
              help="Syntax mode: compile-only programs from pysource-codegen or hypothesmith.")
def gen(seed, count, dialect, features, size, out, check_n, jobs, min_valid, syntax):
    """Generate deterministic, well-defined Python programs (a Csmith for Python).

    The same --seed and options always print the same program.
    """
    if syntax:
        if features or size or check_n or dialect != "py3":
            raise click.UsageError("--syntax takes only --seed, --count and --out")
        from fuzz.syntax import syntax_programs
        return _emit(syntax_programs(seed, count, syntax), out)
    cfg = _config(dialect, features, size)
    if check_n is not None:
        from rich.progress import Progress
        from fuzz.check import check
        with Progress(transient=True) as bar:
            task = bar.add_task("running on cpython", total=check_n)
            report = check(check_n, seed, cfg, jobs=jobs, progress=lambda: bar.advance(task))
        click.echo(report.render())
        if report.valid_pct < min_valid:
            raise SystemExit(1)
        return
    from fuzz.generate import generate
    _emit([generate(s, cfg) for s in range(seed, seed + count)], out)


def _emit(programs, out):
    if out:
        return _write(programs, out)
    for p in programs:
        if len(programs) > 1:
            click.echo("# ---- %s seed=%s features=%s ----" % (p.origin.get("generator"), p.origin.get("seed"),
                                                             ",".join(p.features)))
        click.echo(p.source, nl=False)


command = click.command("gen")(gen)
