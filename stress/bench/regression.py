"""Regression verdicts against a baseline, and performance divergences between engines.

A baseline is the JSON `diverge bench engines --save-baseline PATH` writes: every
Sample's values.  A benchmark on an engine is `slower` when its values are significantly
greater than the baseline's (one-sided Mann-Whitney U, p < alpha) *and* its median moved
by more than `min_change` (a significant 0.5% on a quiet machine is not worth a red
line); `faster` the other way round; otherwise `same`.
"""
from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from engines.errors import UserError
from engines.spec import parse_spec
from stress.bench.measure import Sample
from stress.bench.stats import mann_whitney_greater, median

ALPHA = 0.01
MIN_CHANGE = 0.02


@dataclass
class Verdict:
    benchmark: str
    engine: str
    verdict: str              # slower | faster | same | missing
    ratio: float = 0.0        # candidate median / baseline median
    p: float = 1.0

    def to_dict(self) -> dict:
        return {"benchmark": self.benchmark, "engine": self.engine, "verdict": self.verdict,
                "ratio": round(self.ratio, 4), "p": self.p}


def compare(baseline: list[float], candidate: list[float], alpha: float = ALPHA,
            min_change: float = MIN_CHANGE) -> tuple[str, float, float]:
    """(verdict, ratio of medians, p of the direction the medians moved)."""
    ratio = median(candidate) / median(baseline)
    if ratio >= 1:
        p = mann_whitney_greater(candidate, baseline)
        verdict = "slower" if p < alpha and ratio > 1 + min_change else "same"
    else:
        p = mann_whitney_greater(baseline, candidate)
        verdict = "faster" if p < alpha and ratio < 1 - min_change else "same"
    return verdict, ratio, p


def verdicts(baseline: dict, samples: list[Sample], alpha: float = ALPHA,
             min_change: float = MIN_CHANGE) -> list[Verdict]:
    out = []
    for s in samples:
        base = baseline.get("samples", {}).get(s.benchmark, {}).get(s.engine)
        if not base or not base.get("values") or not s.values:
            out.append(Verdict(s.benchmark, s.engine, "missing"))
            continue
        verdict, ratio, p = compare(base["values"], s.values, alpha, min_change)
        out.append(Verdict(s.benchmark, s.engine, verdict, ratio, p))
    return out


def save_baseline(path: Path, samples: list[Sample]):
    data = {"schema": 1, "recorded": time.time(), "samples": {}}
    for s in samples:
        if s.values:
            data["samples"].setdefault(s.benchmark, {})[s.engine] = s.to_dict()
    Path(path).write_text(json.dumps(data, indent=1), encoding="utf-8")


def load_baseline(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise UserError(f"{path}: cannot read the baseline ({e.strerror})") from None
    except ValueError as e:
        raise UserError(f"{path}: not a baseline (not JSON: {e})") from None
    if not isinstance(data, dict) or not isinstance(data.get("samples"), dict):
        raise UserError(f"{path}: not a baseline (expected `diverge bench engines --save-baseline` output)")
    return data


@dataclass
class Divergence:
    benchmark: str
    engine: str
    factor: float             # this engine's median / the median of the other engines' medians
    others: dict              # engine -> median


# Engines measured but never compared in performance divergences: refvm, an interpreter
# written in Python, is always many times slower than the real engines (not news).
NOT_COMPARED = ("refvm",)


def divergences(samples: list[Sample], factor: float) -> list[Divergence]:
    """Engines at least `factor` times slower than the others on one benchmark (needs three
    or more engines with figures, so that "the others" is not a single engine; engines in
    NOT_COMPARED take no part)."""
    out = []
    by_bench: dict[str, dict[str, float]] = {}
    for s in samples:
        if s.values and parse_spec(s.engine).name not in NOT_COMPARED:
            by_bench.setdefault(s.benchmark, {})[s.engine] = s.median
    for bench, medians in by_bench.items():
        if len(medians) < 3:
            continue
        for engine, m in medians.items():
            others = {e: v for e, v in medians.items() if e != engine}
            ratio = m / median(list(others.values()))
            if ratio >= factor:
                out.append(Divergence(bench, engine, ratio, others))
    return out
