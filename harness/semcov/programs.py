"""Where the programs to measure come from: a campaign's database, or files.  Each is
(label, source).  (The conformance suite's cases and the generator live a floor above
harness: the command line, diverge/commands/coverage.py, reads the suite and hands
`campaign` the generator.)"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterator

from engines.errors import UserError


def files(paths) -> list[tuple[str, str]]:
    out = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend((str(f), _read(f)) for f in sorted(p.rglob("*.py")))
        else:
            out.append((str(p), _read(p)))
    if not out:
        raise UserError("no programs to measure (no .py files given)")
    return out


def _read(p: Path) -> str:
    try:
        return p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise UserError(f"cannot read {p}: {e}") from None


def campaign(store, regenerate: Callable[[int, dict], str], campaign_id: int | None = None,
             limit: int | None = None) -> tuple[int, Iterator[tuple[str, str]], int]:
    """(campaign id, its programs — regenerate(seed, config) from the stored seed + config, or a
    guided campaign's stored mutant —, how many).  Default: the store's latest campaign."""
    from harness.semcov.records import mutant_sources
    if campaign_id is None:
        last = store.last_campaign()
        if last is None:
            raise UserError(f"{store.path}: no campaign in this database")
        campaign_id = last[0]
    rows = store.db.execute("SELECT seed, config FROM programs WHERE campaign_id = ? ORDER BY finished, seed",
                            (campaign_id,)).fetchall()
    if not rows:
        raise UserError(f"{store.path}: campaign {campaign_id} has no finished programs")
    if limit:
        rows = rows[:limit]
    mutants = mutant_sources(store, campaign_id)

    def gen():
        for seed, config in rows:
            if seed in mutants:
                yield f"campaign {campaign_id} seed {seed} (mutant)", mutants[seed]
                continue
            cfg = json.loads(config)
            if "mutant_of" in cfg:
                continue                  # a mutant whose source was not kept
            yield f"campaign {campaign_id} seed {seed}", regenerate(seed, cfg)
    return campaign_id, gen(), len(rows)
