"""Everything a report shows, gathered once into plain data (the JSON report is exactly this).

Sources: the findings store (campaigns, findings, conformance runs, benchmark figures) and
stress results given as files (their shape: docs/reports.md).  The renderers (html,
markdown) only lay this out; no renderer queries the store.
"""
from __future__ import annotations

import datetime
import difflib
import shlex
from collections import defaultdict

from harness.store import Store
from reports.coverage import empty as empty_coverage, semantic_coverage

SCHEMA = 1
BAD_STATUSES = ("regression", "xpass", "error")     # conformance.expectations.GATE_FAILING
HEATMAP_RUNS = 40                                    # runs shown in the feature x run history
STRESS_CLASSES = ("acceptable", "interesting", "forbidden")


def iso(t: float | None) -> str | None:
    if t is None:
        return None
    return datetime.datetime.fromtimestamp(t, datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def collect(store: Store | None, db_label: str = "", stress: list | None = None, now: float | None = None) -> dict:
    """The report's data.  `db_label` is how repro commands name the database."""
    now = now if now is not None else datetime.datetime.now(datetime.timezone.utc).timestamp()
    data = {
        "schema": SCHEMA,
        "generated": now,
        "generated_iso": iso(now),
        "db": db_label,
        "conformance": conformance(store) if store else empty_conformance(),
        "findings": findings(store, db_label) if store else {"total": 0, "hits": 0, "groups": [], "by_engines": []},
        "campaigns": campaigns(store) if store else {"list": [], "discoveries": []},
        "bench": bench(store) if store else {"charts": []},
        "stress": stress_section(stress or []),
        "coverage": semantic_coverage(store) if store else empty_coverage(),
    }
    data["engines"] = engines_seen(data)
    return data


def engines_seen(data: dict) -> dict:
    """label -> version, latest source wins (campaigns, then conformance)."""
    out: dict = {}
    for c in data["campaigns"]["list"]:
        out.update(c["engines"])
    runs = data["conformance"]["runs"]
    if runs:
        out.update(runs[-1]["engines"])
    return dict(sorted(out.items()))


# -- conformance ------------------------------------------------------------------------------
def empty_conformance() -> dict:
    return {"runs": [], "latest": None}


def _cell(counts: dict) -> dict:
    """counts: (status, verdict) -> n, for one engine (and feature) in one run."""
    ran = sum(n for (s, v), n in counts.items() if v is not None)
    passed = sum(n for (s, v), n in counts.items() if v == "pass")
    statuses: dict = defaultdict(int)
    for (s, _), n in counts.items():
        statuses[s] += n
    bad = sum(statuses.get(s, 0) for s in BAD_STATUSES)
    return {"passed": passed, "run": ran, "rate": (passed / ran) if ran else None, "bad": bad,
            "statuses": dict(sorted(statuses.items()))}


def conformance(store: Store) -> dict:
    runs = store.suite_runs()
    if not runs:
        return empty_conformance()
    # run -> engine -> feature -> (status, verdict) -> n
    tree: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(lambda: defaultdict(int))))
    for rid, engine, feature, status, verdict, n in store.suite_counts():
        tree[rid][engine][feature][(status, verdict)] += n
    for run in runs:
        by_engine = tree.get(run["id"], {})
        run["started_iso"] = iso(run["started"])
        run["totals"] = {}
        for label in run["engines"]:
            total: dict = defaultdict(int)
            for counts in by_engine.get(label, {}).values():
                for k, n in counts.items():
                    total[k] += n
            run["totals"][label] = _cell(total)
    latest = runs[-1]
    cur = tree.get(latest["id"], {})
    features = sorted({f for label in cur for f in cur[label]})
    engines = list(latest["engines"])
    matrix = []
    for feature in features:
        row = {"feature": feature, "cells": {}}
        for label in engines:
            cell = _cell(cur.get(label, {}).get(feature, {}))
            cell["history"] = [_rate(tree.get(r["id"], {}).get(label, {}).get(feature)) for r in runs]
            row["cells"][label] = cell
        matrix.append(row)
    shown = runs[-HEATMAP_RUNS:]
    heatmap = {label: [{"feature": feature,
                        "cells": [_heat(tree.get(r["id"], {}).get(label, {}).get(feature), r) for r in shown]}
                       for feature in features] for label in engines}
    results = store.suite_results(latest["id"])
    previous = store.suite_results(runs[-2]["id"]) if len(runs) > 1 else []
    return {
        "runs": runs,
        "latest": {
            "run": latest["id"],
            "started_iso": latest["started_iso"],
            "engines": engines,
            "versions": latest["engines"],
            "features": features,
            "matrix": matrix,
            "totals": latest["totals"],
            "history": {label: [{"run": r["id"], "started": r["started"], "rate": r["totals"].get(label, {}).get("rate")}
                                for r in runs] for label in engines},
            "heatmap": {"runs": [{"id": r["id"], "started_iso": r["started_iso"]} for r in shown], "engines": heatmap},
            "problems": [r for r in results if r["status"] in BAD_STATUSES],
            "known": [r for r in results if r["status"] in ("xfail", "flaky", "skip")],
            "changes": changes(previous, results) if previous else [],
            "previous_run": runs[-2]["id"] if len(runs) > 1 else None,
        },
    }


def _heat(counts, run) -> dict:
    cell = _cell(counts or {})
    return {"run": run["id"], "rate": cell["rate"], "bad": cell["bad"], "passed": cell["passed"], "ran": cell["run"]}


def _rate(counts) -> float | None:
    if not counts:
        return None
    return _cell(counts)["rate"]


def changes(before: list[dict], after: list[dict]) -> list[dict]:
    """(case, engine) pairs whose final status differs between two runs (new or gone included)."""
    old = {(r["case_id"], r["engine"]): r["status"] for r in before}
    new = {(r["case_id"], r["engine"]): r["status"] for r in after}
    out = []
    for key in sorted(old.keys() | new.keys()):
        if old.get(key) != new.get(key):
            out.append({"case_id": key[0], "engine": key[1], "before": old.get(key), "after": new.get(key)})
    return out


# -- findings ---------------------------------------------------------------------------------
def outcome_text(o: dict) -> str:
    lines = [f"status: {o.get('status')}", f"exit: {o.get('exit')}"]
    if o.get("exception") not in (None, "None"):
        message = o.get("message") if o.get("message") not in (None, "None") else ""
        lines.append(f"exception: {o['exception']}: {message}".rstrip(": "))
    lines.append("--- stdout")
    lines.extend((o.get("stdout") or "").splitlines())
    if o.get("stderr"):
        lines.append("--- stderr")
        lines.extend(o["stderr"].splitlines())
    return "\n".join(lines) + "\n"


def outcome_diffs(groups: list, outcomes: dict) -> list[dict]:
    """A unified diff from the first group's engine to the first engine of each other group."""
    reps = [g[0] for g in groups if g and g[0] in outcomes]
    if len(reps) < 2:
        return []
    base = reps[0]
    out = []
    for other in reps[1:]:
        lines = list(difflib.unified_diff(outcome_text(outcomes[base]).splitlines(),
                                          outcome_text(outcomes[other]).splitlines(),
                                          fromfile=base, tofile=other, lineterm="", n=3))
        out.append({"from": base, "to": other,
                    "lines": [{"text": line, "kind": _diff_kind(line)} for line in lines]})
    return out


def _diff_kind(line: str) -> str:
    if line.startswith(("---", "+++")):
        return "file"
    if line.startswith("@@"):
        return "hunk"
    return {"+": "add", "-": "del"}.get(line[:1], "ctx")


def findings(store: Store, db_label: str) -> dict:
    groups: dict = defaultdict(list)
    all_findings = store.findings()
    for f in all_findings:
        d = f.to_dict()
        d["program"] = f.program
        d["lines"] = len(f.program.splitlines())
        d["original_lines"] = len(f.original.splitlines())
        d["first_seen_iso"], d["last_seen_iso"] = iso(f.first_seen), iso(f.last_seen)
        d["diffs"] = outcome_diffs(f.engines, f.outcomes)
        d["repro"] = f"diverge repro {f.id}" + (f" --db {shlex.quote(db_label)}" if db_label else "")
        d["title"] = " vs ".join(",".join(g) for g in f.engines)
        groups[f.classification].append(d)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    pairs: dict = defaultdict(lambda: [0, 0])
    for fs in groups.values():
        for d in fs:
            pairs[d["title"]][0] += 1
            pairs[d["title"]][1] += d["count"]
    return {"total": len(all_findings), "hits": sum(f.count for f in all_findings),
            "by_engines": [{"engines": k, "findings": n, "hits": h}
                           for k, (n, h) in sorted(pairs.items(), key=lambda kv: (-kv[1][0], kv[0]))],
            "groups": [{"classification": k, "findings": v, "count": len(v), "hits": sum(x["count"] for x in v)}
                       for k, v in ordered]}


# -- campaigns --------------------------------------------------------------------------------
def campaigns(store: Store) -> dict:
    out = []
    for c in store.campaigns():
        first, last, done = store.campaign_span(c["id"])
        end = c["finished"] or last or c["started"]
        seconds = max(end - c["started"], 0.0)
        out.append({"id": c["id"], "started": c["started"], "started_iso": iso(c["started"]), "status": c["status"],
                    "finished_iso": iso(c["finished"]), "seconds": seconds, "programs": done,
                    "rate": done / seconds if seconds else None, "verdicts": c["verdicts"],
                    "diverge_share": c["verdicts"].get("diverge", 0) / done if done else None,
                    "engines": store.campaign_engines(c["id"]), "seed": c["config"].get("seed"),
                    "features": c["config"].get("features")})
    found = sorted(f.first_seen for f in store.findings())
    return {"list": out, "discoveries": [{"t": t, "total": i + 1} for i, t in enumerate(found)]}


# -- benchmarks -------------------------------------------------------------------------------
def bench(store: Store) -> dict:
    series: dict = defaultdict(lambda: defaultdict(list))
    units: dict = {}
    for f in store.bench_figures():
        key = (f["benchmark"], f["metric"])
        series[key][f["engine"]].append({"t": f["recorded"], "v": f["value"], "version": f["version"]})
        units[key] = f["unit"]
    charts = []
    for (benchmark, metric), by_engine in sorted(series.items()):
        lines = []
        for engine, points in sorted(by_engine.items()):
            last = points[-1]["v"]
            prev = points[-2]["v"] if len(points) > 1 else None
            lines.append({"engine": engine, "points": points, "latest": last,
                          "change": (last - prev) / prev if prev else None})
        unit = units[(benchmark, metric)]
        charts.append({"benchmark": benchmark, "metric": metric, "unit": unit, "series": lines,
                       "better": better(metric, unit)})
    return {"charts": charts}


def better(metric: str, unit: str) -> str:
    """Whether a figure is better higher (a rate: programs/s, ops/s) or lower (a time, a size)."""
    return "higher" if "/s" in metric + unit or "per s" in metric + unit else "lower"


# -- stress -----------------------------------------------------------------------------------
def stress_section(entries: list) -> dict:
    """Stress results (shape in docs/reports.md), grouped by test."""
    tests: dict = defaultdict(list)
    for e in entries:
        runs = e.get("runs") or sum(o["count"] for o in e["outcomes"])
        outcomes = sorted(e["outcomes"], key=lambda o: (STRESS_CLASSES.index(o.get("class", "acceptable")),
                                                         -o["count"]))
        forbidden = sum(o["count"] for o in outcomes if o.get("class") == "forbidden")
        tests[e["test"]].append({"engine": e["engine"], "version": e.get("version", ""), "runs": runs,
                                 "outcomes": [{**o, "class": o.get("class", "acceptable"),
                                               "share": o["count"] / runs if runs else 0} for o in outcomes],
                                 "forbidden": forbidden, "description": e.get("description", "")})
    return {"tests": [{"test": t, "description": next((r["description"] for r in rs if r["description"]), ""),
                       "engines": rs, "forbidden": sum(r["forbidden"] for r in rs)}
                      for t, rs in sorted(tests.items())]}
