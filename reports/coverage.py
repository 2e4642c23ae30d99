"""The report's semantic-coverage section: refvm coverage of the conformance suite and of
the latest measured campaign (harness/semcov, store migration 3), and the refvm branches
campaigns reached over time."""
from __future__ import annotations

import datetime

from harness.semcov import records

TIMELINES = 4                 # campaigns drawn in the branches-over-time chart
UNCOVERED_SHOWN = 40          # uncovered branches listed per measurement (the rest: counted)


def _iso(t):
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def _measurement(run: dict | None) -> dict | None:
    if run is None:
        return None
    s = run["summary"]
    return {"id": run["id"], "recorded_iso": _iso(run["recorded"]), "programs": run["programs"],
            "campaign_id": run["campaign_id"], "areas": s["areas"], "total": s["total"],
            "uncovered_count": s["uncovered_count"], "uncovered_partial": s["uncovered_partial"],
            "uncovered": [u["path"] + ":" + str(u["src"]) + "->" + ("exit" if u["dst"] < 0 else str(u["dst"]))
                          + (f" ({u['where']})" if u["where"] else "") for u in run["uncovered"][:UNCOVERED_SHOWN]],
            "meta": run["meta"]}


def semantic_coverage(store) -> dict:
    if "coverage_runs" not in {r[0] for r in store.db.execute("SELECT name FROM sqlite_master")}:
        return empty()
    started = {c["id"]: (c["started"], c["config"]) for c in store.campaigns()}
    timelines = []
    for cid in records.campaigns_with_timeline(store)[-TIMELINES:]:
        t0, cfg = started.get(cid, (0.0, {}))
        pts = records.timeline(store, cid)
        timelines.append({"campaign_id": cid, "guided": bool(cfg.get("guided")), "engines": cfg.get("engines", ""),
                          "points": [(t0 + p["elapsed"], p["branches"]) for p in pts],
                          "last": pts[-1] if pts else None})
    return {"suite": _measurement(records.latest_run(store, "suite")),
            "campaign": _measurement(records.latest_run(store, "campaign")),
            "timelines": timelines}


def empty() -> dict:
    return {"suite": None, "campaign": None, "timelines": []}


def markdown_lines(cov: dict) -> list[str]:
    suite, camp = cov["suite"], cov["campaign"]
    if not suite and not camp:
        return []
    cols = [("suite", suite), (f"campaign #{camp['campaign_id']}" if camp else "campaign", camp)]
    cols = [(n, m) for n, m in cols if m]
    lines = ["### Semantic coverage (refvm branches)", "",
             "| area | " + " | ".join(n for n, _ in cols) + " |", "|---|" + "--:|" * len(cols)]
    areas = [a["area"] for a in cols[0][1]["areas"]]
    for area in areas + ["total"]:
        cells = []
        for _, m in cols:
            row = m["total"] if area == "total" else next((a for a in m["areas"] if a["area"] == area), None)
            cells.append("–" if not row or not row["lines"] else
                         f"{row['branches_hit']}/{row['branches']} ({row['branch_pct']:.0f}%)")
        lines.append(f"| {'**total**' if area == 'total' else area} | " + " | ".join(cells) + " |")
    lines.append("")
    for n, m in cols:
        lines.append(f"{n}: {m['programs']} programs, {m['uncovered_count']} uncovered branches "
                     f"(`diverge coverage` lists them).")
    lines.append("")
    return lines
