"""Recording what reports draw history from: conformance runs and benchmark figures.

`diverge conform --json` prints a suite run (conformance.report.to_json); `record_suite`
stores one such dict as a run in the findings store, so the report can show the matrix
across runs.  `record_throughput` stores the measurements of `diverge bench throughput`.
Both are plain functions over a Store so a command can call them directly
(`diverge conform --db`, `diverge bench throughput --db`); `diverge report --import-conform/--import-bench` uses them
on files today.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from engines.errors import UserError
from harness.store import Store


def record_suite(store: Store, suite: dict, started: float | None = None, source: str = "") -> int:
    """Store one conformance run given as `conformance.report.to_json`'s dict; returns the run id.

    The run's time is `started`, else the dict's own "started" (epoch seconds), else now."""
    engines = suite.get("engines") if isinstance(suite, dict) else None
    if not isinstance(engines, dict) or not engines:
        raise UserError(f"{source or 'suite'}: not a conformance run (no engines; expected `diverge conform --json`)")
    results = []
    for label, e in engines.items():
        for r in e.get("results", []):
            results.append({**r, "engine": r.get("engine", label)})
    when = started if started is not None else suite.get("started", time.time())
    meta = {"cases": suite.get("cases"), "features": suite.get("feature_names", []), "gate": suite.get("gate"),
            "source": source}
    return store.record_suite_run(float(when), {k: e.get("version", "") for k, e in engines.items()}, results,
                                  wall=float(suite.get("wall") or 0.0), meta=meta)


def record_throughput(store: Store, measurements: dict, recorded: float | None = None,
                      versions: dict | None = None) -> int:
    """Store `diverge bench throughput` figures: {mode: [stress.throughput.Measurement]}."""
    figures = []
    for mode, ms in measurements.items():
        for m in ms:
            figures.append({"benchmark": f"throughput/{mode}", "engine": m.engine, "metric": "programs/s",
                            "value": m.rate, "unit": "programs/s", "version": (versions or {}).get(m.engine, ""),
                            "meta": {"programs": m.programs, "failures": m.failures}})
    return store.record_bench(figures, recorded)


def load_json(path: Path, what: str):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise UserError(f"{path}: cannot read {what} ({e.strerror})") from None
    except ValueError as e:
        raise UserError(f"{path}: not JSON ({e})") from None


def import_conform(store: Store, path: Path) -> tuple[int, bool]:
    """Record a file written by `diverge conform --json > FILE`: (run id, whether it is new).

    The run's time is its own "started" if it has one, else the file's mtime; a file already
    recorded (same path and time) is not recorded twice."""
    suite = load_json(path, "conformance results")
    started = suite.get("started") if isinstance(suite, dict) and suite.get("started") else Path(path).stat().st_mtime
    for run in store.suite_runs():
        if run["meta"].get("source") == str(path) and run["started"] == float(started):
            return run["id"], False
    return record_suite(store, suite, started=float(started), source=str(path)), True


def import_bench(store: Store, path: Path) -> int:
    """Record benchmark figures from a JSON file: a list of {benchmark, engine, metric, value,
    [unit, version, recorded, meta]} (or {"figures": [...]})."""
    data = load_json(path, "benchmark figures")
    figures = data.get("figures") if isinstance(data, dict) else data
    if not isinstance(figures, list):
        raise UserError(f"{path}: expected a list of benchmark figures")
    for i, f in enumerate(figures):
        missing = [k for k in ("benchmark", "engine", "metric", "value") if not isinstance(f, dict) or k not in f]
        if missing:
            raise UserError(f"{path}: figure {i} lacks {', '.join(missing)}")
    return store.record_bench(figures, Path(path).stat().st_mtime)


def load_stress(path: Path) -> list[dict]:
    """Stress results from a JSON file: {"stress": [entry, ...]} or a list of entries, each
    {test, engine, outcomes: [{outcome, count, class}], [runs, version, description]}."""
    data = load_json(path, "stress results")
    entries = data.get("stress") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise UserError(f"{path}: expected a list of stress results")
    for i, e in enumerate(entries):
        ok = (isinstance(e, dict) and isinstance(e.get("test"), str) and isinstance(e.get("engine"), str)
              and isinstance(e.get("outcomes"), list)
              and all(isinstance(o, dict) and "outcome" in o and isinstance(o.get("count"), int)
                      and o.get("class", "acceptable") in ("acceptable", "interesting", "forbidden")
                      for o in e["outcomes"]))
        if not ok:
            raise UserError(f"{path}: stress result {i} is not {{test, engine, outcomes: [{{outcome, count, class}}]}}")
    return entries
