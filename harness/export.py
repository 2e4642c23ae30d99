"""A finding as a standalone folder: the program, each engine's outcome, and the one command
that reproduces it (`diverge repro DIR`)."""
from __future__ import annotations

import json
from pathlib import Path

from harness.store import Finding

README = """# diverge finding {id}

{signature}

Seen {count} time(s); classification: {classification}; reproduced in {rate:.0%} of fresh-process runs.
Engines in disagreement (each line one group of engines with the same outcome):

{groups}

Reproduce (from a diverge checkout, after `make test` or `scripts/bootstrap`):

    .venv/bin/diverge repro {folder}

or by hand:

    .venv/bin/diverge run {folder}/program.py --engines {engines} --dialect {dialect}

Files: `program.py` (the reduced program), `original.py` (as generated: seed {seed}),
`outcomes/<engine>.txt` (what each engine did), `finding.json` (everything, for tools).
"""


def export_finding(f: Finding, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "program.py").write_text(f.program)
    (folder / "original.py").write_text(f.original)
    out = folder / "outcomes"
    out.mkdir(exist_ok=True)
    for label, o in f.outcomes.items():
        text = [f"status: {o['status']}", f"exit: {o['exit']}", f"exception: {o.get('exception')}",
                f"version: {o.get('version', '')}", "--- stdout", o.get("stdout", ""), "--- stderr", o.get("stderr", "")]
        (out / f"{_safe(label)}.txt").write_text("\n".join(text))
    (folder / "finding.json").write_text(json.dumps(f.to_dict(), indent=2))
    engines = ",".join(label for group in f.engines for label in group)
    (folder / "README.md").write_text(README.format(
        id=f.id, signature=f.signature, count=f.count, classification=f.classification, rate=f.flaky_rate,
        groups="\n".join("    " + ", ".join(g) for g in f.engines), folder=folder, engines=engines,
        dialect=f.dialect, seed=f.origin.get("seed")))
    return folder


def _safe(label: str) -> str:
    return "".join(c if c.isalnum() or c in "-_=." else "_" for c in label)


def load_exported(folder: Path) -> dict:
    return json.loads((folder / "finding.json").read_text())
