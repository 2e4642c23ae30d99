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
    """Benchmarks: harness throughput, campaign throughput, engine benchmarks and regressions."""


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


# A generated workload: the program of a generator seed (py2+3 dialect, so that every engine
# runs it), compiled once; run() executes it in a fresh namespace with its output discarded.
GENERATED_KERNEL = """import sys as _gen_sys
_GEN_CODE = compile(%(source)r, "gen_%(seed)d.py", "exec")


class _GenNull(object):
    def write(self, text):
        pass

    def flush(self):
        pass


def run():
    saved = _gen_sys.stdout
    _gen_sys.stdout = _GenNull()
    try:
        exec(_GEN_CODE, {"__name__": "__gen__"})
    finally:
        _gen_sys.stdout = saved
"""


def generated_kernel(name: str):
    """`gen:SEED` -> a kernel running the generator's py2+3 program for SEED (fuzz and stress
    are one floor and do not import each other: the command line joins them here)."""
    from engines.errors import UserError
    from fuzz.generate import generate
    from stress.bench.suite import Kernel
    text = name.partition(":")[2]
    if not text.isdigit():
        raise UserError(f"bad benchmark {name!r}: a generated workload is gen:SEED (e.g. gen:7)")
    seed = int(text)
    program = generate(seed, {"dialect": "py2+3"})
    source = GENERATED_KERNEL % {"source": program.source, "seed": seed}
    return Kernel(name, source, f"generated program, seed {seed} (py2+3)", "py2+3")


def _bench_method(processes, values, warmups, min_time):
    from stress.bench.measure import Method
    return Method(processes=processes, values=values, warmups=warmups, min_time=min_time)


def _method_options(f):
    for opt in reversed([
        click.option("--processes", "-p", type=click.IntRange(1), default=6, show_default=True,
                     help="worker processes per benchmark and engine (pyperf: 20)"),
        click.option("--values", type=click.IntRange(1), default=3, show_default=True,
                     help="timed values per process"),
        click.option("--warmups", type=click.IntRange(0), default=1, show_default=True,
                     help="values per process discarded as warm-up (PyPy gets at least 4)"),
        click.option("--min-time", type=click.FloatRange(0.001), default=0.05, show_default=True,
                     help="seconds per value; calibration picks the loop count"),
    ]):
        f = opt(f)
    return f


@command.command("engines")
@click.option("--engines", "-e", "engines_spec", default=None, metavar="SPEC,...",
              help="engines (default: every available one)")
@click.option("--bench", "-b", "bench_names", default=None, metavar="NAME,...",
              help="benchmarks (default: all of stress/bench/kernels; `grumpy` for Grumpy's own, "
                   "`gen:SEED` for a generated workload)")
@_method_options
@click.option("--save-baseline", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="write every value to this baseline file")
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="compare with this baseline: a regression verdict per benchmark and engine")
@click.option("--alpha", type=click.FloatRange(1e-9, 0.5), default=0.01, show_default=True,
              help="significance level of the one-sided Mann-Whitney U test")
@click.option("--min-change", type=click.FloatRange(0), default=0.02, show_default=True,
              help="smallest change of the median worth a verdict (0.02: 2%)")
@click.option("--divergence-factor", type=click.FloatRange(1), default=5.0, show_default=True,
              help="report an engine this many times slower than the others' median on one benchmark")
@click.option("--db", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="also record the medians in this store (diverge report charts them)")
@click.option("--json", "as_json", is_flag=True, help="samples, verdicts and divergences as JSON")
def engines_bench(engines_spec, bench_names, processes, values, warmups, min_time, save_baseline, baseline,
                  alpha, min_change, divergence_factor, db, as_json):
    """Pure-Python kernels on every engine, pyperf's method: medians with spread.

    With --baseline, exit status 1 if any benchmark got significantly slower.
    DIVERGE_BENCH_SLOWDOWN=0.05 makes every engine look 5% slower (for testing the check)."""
    import json
    from stress.bench.measure import measure
    from stress.bench.regression import divergences, load_baseline, save_baseline as save, verdicts
    from stress.bench.suite import kernels, slowdown_from_env
    base = load_baseline(baseline) if baseline else None
    slowdown_from_env()                                  # a bad value is a usage error before any work
    names = bench_names.split(",") if bench_names else None
    generated = [n for n in names or () if n.startswith("gen:")]
    rest = [n for n in names or () if not n.startswith("gen:")]
    chosen = (kernels(rest) if rest or not names else []) + [generated_kernel(n) for n in generated]
    engines = select_engines(engines_spec)
    method = _bench_method(processes, values, warmups, min_time)
    samples = []
    console = Console(stderr=True)
    with console.status("calibrating") as status:
        for e in engines:
            runnable = [k for k in chosen if e.covers(k.dialect)]
            with e.session("spawn") as session:
                for k in runnable:
                    samples.append(measure(e, k, method, session=session,
                                           progress=lambda msg: status.update(msg)))
    found = verdicts(base, samples, alpha, min_change) if base else []
    divs = divergences(samples, divergence_factor)     # refvm is measured, not compared
    if save_baseline:
        save(save_baseline, samples)
    if db:
        from harness.store import Store
        Store(db).record_bench(_bench_figures(samples, method))
    if as_json:
        click.echo(json.dumps({"samples": [s.to_dict() for s in samples], "verdicts": [v.to_dict() for v in found],
                               "divergences": [d.__dict__ for d in divs]}, indent=1))
    else:
        _print_bench(samples, found, divs, divergence_factor)
    failed = [s for s in samples if s.error]
    for s in failed:
        click.echo(f"FAILED {s.benchmark} on {s.engine}: {s.error}", err=True)
    if save_baseline:
        click.echo(f"baseline: {save_baseline}", err=True)
    click.get_current_context().exit(1 if any(v.verdict == "slower" for v in found) else 0)


def _bench_figures(samples, method):
    return [{"benchmark": f"engines/{s.benchmark}", "engine": s.engine, "version": s.version,
             "metric": "time per loop", "value": s.median * 1000, "unit": "ms",
             "meta": {"mad_ms": s.mad * 1000, "values": len(s.values), "loops": s.loops,
                      "processes": method.processes, "slowdown": s.slowdown}}
            for s in samples if s.values]


def _print_bench(samples, found, divs, factor):
    verdict_of = {(v.benchmark, v.engine): v for v in found}
    table = Table(title="engine benchmarks (time per loop: median ± MAD)")
    for col in ("benchmark", "engine", "median", "± MAD", "values", "loops") + (("vs baseline",) if found else ()):
        table.add_column(col, justify="left" if col in ("benchmark", "engine", "vs baseline") else "right")
    for s in samples:
        if not s.values:
            row = [s.benchmark, s.engine, "failed", "", "", ""]
        else:
            row = [s.benchmark, s.engine, _ms(s.median), f"{100 * s.mad / s.median:.1f}%", str(len(s.values)),
                   str(s.loops)]
        if found:
            v = verdict_of.get((s.benchmark, s.engine))
            row.append("" if v is None else v.verdict if v.verdict == "missing"
                       else f"{v.verdict} ({v.ratio:.3f}x, p={v.p:.2g})")
        table.add_row(*row)
    Console().print(table)
    for d in divs:
        others = ", ".join(f"{e} {_ms(m)}" for e, m in sorted(d.others.items()))
        click.echo(f"divergence: {d.benchmark}: {d.engine} is {d.factor:.1f}x slower than the others' median "
                   f"(>= {factor:g}x; {others})")


def _ms(seconds):
    """A time per loop with 3-4 significant digits in the unit that suits it (PyPy's loops
    of Grumpy's micro-benchmarks take well under a microsecond)."""
    if seconds >= 1:
        return f"{seconds:.3f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.3f} ms"
    if seconds >= 1e-6:
        return f"{seconds * 1e6:.3f} us"
    return f"{seconds * 1e9:.1f} ns"


@command.command("sensitivity")
@click.option("--engine", "-e", "engine_spec", default="cpython", show_default=True, metavar="SPEC")
@click.option("--bench", "-b", "bench_name", default="fib_calls", show_default=True)
@click.option("--trials", "-n", type=click.IntRange(1), default=20, show_default=True)
@click.option("--slowdown", type=click.FloatRange(0.0, 10.0), default=0.05, show_default=True,
              help="the injected slowdown (0.05: 5%)")
@_method_options
@click.option("--alpha", type=click.FloatRange(1e-9, 0.5), default=0.01, show_default=True)
@click.option("--min-change", type=click.FloatRange(0), default=0.02, show_default=True)
def sensitivity(engine_spec, bench_name, trials, slowdown, processes, values, warmups, min_time, alpha, min_change):
    """How often the regression check flags an injected slowdown, and an unchanged engine."""
    from stress.bench.regression import median
    from stress.bench.sensitivity import measure_sensitivity
    from stress.bench.suite import kernels
    [engine] = select_engines(engine_spec)
    [kernel] = kernels([bench_name])
    method = _bench_method(processes, values, warmups, min_time)
    with Console(stderr=True).status("calibrating") as status:
        r = measure_sensitivity(engine, kernel, trials, slowdown, method, alpha, min_change,
                                progress=lambda msg: status.update(msg))
    click.echo(f"{r.benchmark} on {r.engine}, {r.trials} trials of {processes} processes x {values} values, "
               f"alpha {alpha}, min change {min_change:g}")
    click.echo(f"injected {100 * slowdown:g}% slowdown flagged: {r.detected}/{r.trials} "
               f"({100 * r.detection_rate:.0f}%; median observed ratio {median(r.ratios):.3f})")
    click.echo(f"unchanged flagged: {r.false_alarms}/{r.trials} ({100 * r.false_alarm_rate:.0f}%)")
    for other in (0.001, 0.01, 0.05):
        if other != alpha:
            det, fa = r.rates(other, min_change)
            click.echo(f"  at alpha {other}: slowdown flagged {100 * det:.0f}%, unchanged flagged {100 * fa:.0f}%")


@command.command("refvm")
@click.option("--jit", "with_jit", is_flag=True,
              help="refvm JIT on vs JIT off vs CPython (otherwise: refvm vs CPython, JIT off)")
@click.option("--only", multiple=True, metavar="NAME", help="only these benchmarks of refvm/bench")
@click.option("--host", default=None, metavar="PYTHON", help="interpreter hosting refvm (default: this one)")
@click.option("--gc", "gc_mode", type=click.Choice(["refcount", "tracing", "none"]), default="refcount",
              show_default=True)
@click.option("--repeat", type=click.IntRange(1), default=1, show_default=True,
              help="runs per configuration, interleaved; the minimum counts")
@click.option("--warm", type=click.IntRange(2), default=None, metavar="N",
              help="with --jit: each program run N times in one process, the fastest run "
                   "after the first counted (a warm loop, without start-up; JIT off: 2 runs)")
def refvm_bench(with_jit, only, host, gc_mode, repeat, warm):
    """refvm's loop-heavy benchmarks (refvm/bench): CPU seconds and ratios, geometric means."""
    import sys

    from refvm.bench.__main__ import geomean, jit_rows
    if warm and not with_jit:
        raise click.UsageError("--warm needs --jit")
    host = host or sys.executable
    how = f"warm: the fastest of runs 2..{warm} in one process" if warm else f"min of {repeat}"
    table = Table(title=f"refvm benchmarks (CPU seconds, {how}; refvm hosted by {host}, --gc {gc_mode})")
    cols = ["benchmark", "cpython s", "jit off s"] + (["jit on s", "jit speedup", "jit vs cpython"]
                                                      if with_jit else ["slowdown"])
    for c in cols:
        table.add_column(c, justify="left" if c == "benchmark" else "right")
    rows = []
    console = Console()
    with console.status("running refvm/bench"):
        for r in jit_rows(host=host, only=list(only) or None, gc=gc_mode, repeat=repeat,
                          warm=warm or 0):
            rows.append(r)
            flag = "" if r.ok else " (output differs)"
            if with_jit:
                table.add_row(r.name + flag, f"{r.cpython:.3f}", f"{r.off:.3f}", f"{r.on:.3f}",
                              f"{r.speedup:.1f}x", f"{r.vs_cpython:.1f}x")
            else:
                table.add_row(r.name + flag, f"{r.cpython:.3f}", f"{r.off:.3f}", f"{r.off / r.cpython:.1f}x")
    if not rows:
        raise click.UsageError("no benchmark matches --only")
    if with_jit:
        table.add_row("geometric mean", "", "", "", f"{geomean([r.speedup for r in rows]):.1f}x",
                      f"{geomean([r.vs_cpython for r in rows]):.1f}x")
    else:
        table.add_row("geometric mean", "", "", f"{geomean([r.off / r.cpython for r in rows]):.1f}x")
    console.print(table)
    if not all(r.ok for r in rows):
        sys.exit(1)


@command.command("steps")
@click.option("--db", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="the store `bench engines --db` records into")
@click.option("--benchmark", "prefix", default="engines/", show_default=True,
              help="only benchmarks whose name starts with this")
@click.option("--min-change", type=click.FloatRange(0), default=0.05, show_default=True,
              help="smallest step worth showing (0.05: 5%)")
def steps_command(db, prefix, min_change):
    """Steps in each benchmark's history (airspeed velocity's step detection), for nightly runs."""
    import datetime
    from harness.store import Store
    from stress.bench.steps import steps
    series = {}
    for f in Store(db).bench_figures():
        if f["benchmark"].startswith(prefix):
            series.setdefault((f["benchmark"], f["engine"], f["metric"], f["unit"]), []).append(f)
    table = Table(title=f"steps of at least {100 * min_change:g}% ({db})")
    for col in ("benchmark", "engine", "metric", "since", "before", "after", "change"):
        table.add_column(col)
    count = 0
    for (bench, engine, metric, unit), figs in sorted(series.items()):
        for s in steps([f["value"] for f in figs], min_change):
            when = datetime.datetime.fromtimestamp(figs[s.index]["recorded"], datetime.timezone.utc)
            table.add_row(bench, engine, metric, when.strftime("%Y-%m-%d %H:%M"), f"{s.before:.4g} {unit}",
                          f"{s.after:.4g} {unit}", f"{100 * s.change:+.1f}%")
            count += 1
    Console().print(table)
    click.echo(f"{len(series)} series, {count} steps")
