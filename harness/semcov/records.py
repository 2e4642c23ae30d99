"""Semantic coverage in the store (migration 3): measurements, campaign timelines, mutants."""
from __future__ import annotations

import json
import time

from harness.semcov.summary import Summary
from harness.store import Store


def record_run(store: Store, kind: str, summary: Summary, programs: int, campaign_id: int | None = None,
               meta: dict | None = None) -> int:
    d = summary.to_dict()
    uncovered = d.pop("uncovered")
    d.pop("html", None)
    with store.transaction() as db:
        return db.execute(
            "INSERT INTO coverage_runs (recorded, kind, campaign_id, programs, summary, uncovered, meta)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (time.time(), kind, campaign_id, programs, json.dumps(d), json.dumps(uncovered),
             json.dumps(meta or {}, sort_keys=True))).lastrowid


def latest_run(store: Store, kind: str) -> dict | None:
    """The latest measurement of this kind: {id, recorded, kind, campaign_id, programs, summary, uncovered, meta}."""
    row = store.db.execute(
        "SELECT id, recorded, kind, campaign_id, programs, summary, uncovered, meta FROM coverage_runs"
        " WHERE kind = ? ORDER BY id DESC LIMIT 1", (kind,)).fetchone()
    if row is None:
        return None
    keys = ("id", "recorded", "kind", "campaign_id", "programs", "summary", "uncovered", "meta")
    d = dict(zip(keys, row))
    for k in ("summary", "uncovered", "meta"):
        d[k] = json.loads(d[k])
    return d


def record_point(store: Store, campaign_id: int, elapsed: float, programs: int, sampled: int, branches: int,
                 lines: int = 0):
    with store.transaction() as db:
        db.execute("INSERT INTO coverage_timeline VALUES (?, ?, ?, ?, ?, ?)",
                   (campaign_id, elapsed, programs, sampled, branches, lines))


def timeline(store: Store, campaign_id: int) -> list[dict]:
    rows = store.db.execute("SELECT elapsed, programs, sampled, branches, lines FROM coverage_timeline"
                            " WHERE campaign_id = ? ORDER BY elapsed", (campaign_id,)).fetchall()
    return [dict(zip(("elapsed", "programs", "sampled", "branches", "lines"), r)) for r in rows]


def campaigns_with_timeline(store: Store) -> list[int]:
    return [r[0] for r in store.db.execute("SELECT DISTINCT campaign_id FROM coverage_timeline ORDER BY campaign_id")]


def record_mutant(store: Store, campaign_id: int, seed: int, parent: int, source: str):
    with store.transaction() as db:
        db.execute("INSERT OR IGNORE INTO mutants VALUES (?, ?, ?, ?)", (campaign_id, seed, parent, source))


def mutant_sources(store: Store, campaign_id: int) -> dict[int, str]:
    return dict(store.db.execute("SELECT seed, source FROM mutants WHERE campaign_id = ?", (campaign_id,)))
