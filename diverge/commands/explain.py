"""`diverge explain FILE|ID|DIR...`: why do engines disagree? refvm's choices, versions, the catalogue."""
from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress

from diverge.commands.findings import db_option, get_finding, open_store
from diverge.options import engines_option, select_engines
from engines import Limits, Program, resolve_many
from engines.errors import UserError
from engines.program import DIALECTS
from harness import choices
from harness.differential import Differential
from harness.explain import UNEXPLAINED, Explainer, Explanation, evidence_line
from harness.export import load_exported
from harness.references import level_of

DEFAULT_ENGINES = "cpython,pypy"


@click.command("explain")
@click.argument("targets", nargs=-1, required=True)
@engines_option(default_help=DEFAULT_ENGINES)
@db_option
@click.option("--dialect", type=click.Choice(DIALECTS), default="py3", show_default=True,
              help="dialect of FILE programs")
@click.option("--json", "as_json", is_flag=True, help="print a JSON object (a list for several inputs)")
@click.option("--timeout", type=float, default=10.0, show_default=True, help="wall seconds per run")
@click.option("--runs", type=click.IntRange(1, 20), default=1, show_default=True,
              help="run a FILE on the engines up to this many times until they diverge (for flaky programs)")
@click.option("--choices", "families", metavar="NAME,...",
              help=f"refvm choice families to try (default: all: {','.join(choices.FAMILIES)})")
@click.option("--hash-seeds", type=click.IntRange(1, 10000), default=choices.HASH_SEEDS, show_default=True)
@click.option("--schedules", type=click.IntRange(1, 10000), default=choices.SCHEDULES, show_default=True,
              help="thread schedules explored per scheduler (pct, random)")
@click.option("--no-store", is_flag=True, help="do not write the classification back to a finding ID")
def command(targets, engines_spec, db, dialect, as_json, timeout, runs, families, hash_seeds, schedules, no_store):
    """Explain why engines disagree on FILE (run now), finding ID (in --db) or DIR (from
    `findings export`), and classify it.  Exit 0 when every divergence is explained (or
    there is none), 1 when one is unexplained."""
    if timeout <= 0:
        raise click.BadParameter("must be positive", param_hint="--timeout")
    fams = _families(families)
    limits = Limits(timeout=timeout)
    explainer = Explainer(limits, fams, hash_seeds=hash_seeds, schedules=schedules)
    console = Console(stderr=as_json)
    results = []
    with Progress(console=Console(stderr=True), transient=True, disable=len(targets) < 2) as progress:
        task = progress.add_task("explaining", total=len(targets))
        for target in targets:
            kind, data = _load(target, db, dialect)
            if kind == "file":
                ex = _explain_file(explainer, data, engines_spec, limits, runs, target)
            else:
                ex = _explain_stored(explainer, data, target)
                if kind == "finding" and not no_store and ex.classification:
                    open_store(db).set_classification(data["id"], ex.classification, ex.to_dict())
            results.append(ex)
            if not as_json:
                show(console, ex)
            progress.advance(task)
    if as_json:
        out = [ex.to_dict() for ex in results]
        click.echo(json.dumps(out[0] if len(out) == 1 else out, indent=2))
    if any(ex.classification == UNEXPLAINED for ex in results):
        raise SystemExit(1)
    if any(ex.status == "error" for ex in results):
        raise SystemExit(2)          # an engine failed internally: nothing to explain


def _families(text: str | None) -> tuple:
    if not text:
        return choices.FAMILIES
    names = tuple(n.strip() for n in text.split(",") if n.strip())
    bad = [n for n in names if n not in choices.FAMILIES]
    if bad or not names:
        raise UserError(f"unknown choice family {bad[0] if bad else text!r} "
                        f"(known: {', '.join(choices.FAMILIES)})")
    return names


def _load(target: str, db: Path, dialect: str):
    path = Path(target)
    if path.is_dir():
        if not (path / "finding.json").exists():
            raise UserError(f"{target}: a folder, but not one written by `diverge findings export`")
        data = load_exported(path)
        data["program"] = (path / "program.py").read_text()
        return "folder", data
    if path.is_file():
        try:
            return "file", Program.from_file(path, dialect)
        except (OSError, ValueError) as e:
            raise UserError(f"{target}: {getattr(e, 'strerror', None) or e}") from None
    if target.isdigit():
        data = get_finding(open_store(db), int(target)).to_dict()
        data["program"] = data["reduced"] or data["original"]
        return "finding", data
    raise UserError(f"{target}: no such file, folder or finding id")


def _explain_file(explainer, program, engines_spec, limits, runs, target) -> Explanation:
    engines = select_engines(engines_spec or DEFAULT_ENGINES)
    if len(engines) < 2:
        raise UserError("explain needs at least two engines to compare")
    with Differential(engines, "spawn", limits, strict_messages=True) as diff:
        for _ in range(runs):
            result = diff.run(program)
            if result.verdict.status == "diverge":
                break
    levels = {e.label: _level(e) for e in engines}
    return explainer.explain(program, result.outcomes, levels, name=target)


def _explain_stored(explainer, data: dict, target: str) -> Explanation:
    program = Program(data["program"], data["dialect"], tuple(data.get("features", ())), data.get("origin", {}),
                      "program.py")
    outcomes = data["outcomes"]
    levels = {}
    for label, o in outcomes.items():
        levels[label] = None if label.startswith("refvm") else level_of(o.get("version", ""))
        if levels[label] is None and not label.startswith("refvm"):
            try:
                levels[label] = resolve_many(label)[0].language_level or None
            except UserError:
                levels[label] = None
    return explainer.explain(program, outcomes, levels, name=f"finding {target}" if target.isdigit() else target)


def _level(engine):
    if engine.name == "refvm":
        return None            # refvm's level is its compiler's, not a released Python's
    return tuple(engine.language_level) or None


STYLE = {"unexplained": "bold red", "message-only": "dim", "documented-difference": "cyan",
         "version-difference": "cyan"}


def show(console: Console, ex: Explanation):
    cls = ex.classification or ("engines agree: nothing to explain" if ex.status == "agree" else ex.status)
    console.rule(f"[bold]{escape(ex.name)}[/] — [{STYLE.get(cls, 'green')}]{escape(cls)}[/]")
    for label, info in ex.engines.items():
        o = info["outcome"]
        what = o["status"] + (f" {o['exception']}" if o.get("exception") else "")
        first = (o.get("stdout") or "").splitlines()[:1]
        console.print(f"  [bold]{escape(label)}[/] ({escape(info['version'] or '?')}) group {info['group'] or '-'}: "
                      f"{what}, stdout {escape(repr(first[0]) if first else 'empty')}")
        ev = ex.evidence.get(label)
        if ev:
            console.print("      " + escape(evidence_line(ev)))
        elif label in ex.evidence:
            console.print("      [red]nothing reproduced this outcome[/]")
    for line in ex.unavailable:
        console.print(f"  [yellow]unavailable choice[/]: {escape(line)}")
    if ex.classification != "documented-difference":
        for e in ex.catalogue:
            console.print(f"  catalogue: {escape(e['id'])}: {escape(e['summary'])} ({escape(e['source'])})")
    for note in ex.notes:
        console.print(f"  [dim]{escape(note)}[/]")
    if ex.refvm_runs:
        console.print(f"  [dim]{ex.refvm_runs} refvm runs[/]")
