"""How sensitive the regression check is: an injected slowdown flagged how often, an
unchanged engine flagged how often.

Each trial measures one kernel on one engine three times — A and B unchanged, C with the
injected slowdown (`DIVERGE_BENCH_SLOWDOWN`'s mechanism, see stress/bench/suite.py) —
interleaving their worker processes (A, B, C, A, B, C, ...) so that the machine's load,
which drifts over seconds here, falls on all three alike.  The check `compare(A, C)` should
say `slower` (a detection); `compare(A, B)` should not (a false alarm)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from engines.base import Engine
from stress.bench.measure import Method, calibrate, measure_one
from stress.bench.regression import ALPHA, MIN_CHANGE, compare
from stress.bench.suite import Kernel


@dataclass
class Sensitivity:
    engine: str
    benchmark: str
    slowdown: float
    trials: int = 0
    detected: int = 0                  # C flagged slower than A
    false_alarms: int = 0              # B flagged slower than A
    ratios: list = field(default_factory=list)       # median(C) / median(A) per trial
    samples: list = field(default_factory=list)      # (A, B, C) values per trial

    def rates(self, alpha: float, min_change: float = MIN_CHANGE) -> tuple[float, float]:
        """(detection rate, false-alarm rate) of the check at another significance level,
        from the same trials."""
        n = len(self.samples) or 1
        det = sum(compare(a, c, alpha, min_change)[0] == "slower" for a, b, c in self.samples)
        fa = sum(compare(a, b, alpha, min_change)[0] == "slower" for a, b, c in self.samples)
        return det / n, fa / n

    @property
    def detection_rate(self) -> float:
        return self.detected / self.trials if self.trials else 0.0

    @property
    def false_alarm_rate(self) -> float:
        return self.false_alarms / self.trials if self.trials else 0.0


def measure_sensitivity(engine: Engine, kernel: Kernel, trials: int, slowdown: float = 0.05,
                        method: Method = Method(), alpha: float = ALPHA, min_change: float = MIN_CHANGE,
                        progress: Callable[[str], None] | None = None) -> Sensitivity:
    result = Sensitivity(engine.label, kernel.name, slowdown)
    with engine.session("spawn") as session:
        loops = calibrate(session, kernel, method)
        for t in range(trials):
            if progress:
                progress(f"trial {t + 1}/{trials}: {result.detected} detected, {result.false_alarms} false alarms")
            a, b, c = [], [], []
            for _ in range(method.processes):
                a += measure_one(session, kernel, loops, method, 0.0)
                b += measure_one(session, kernel, loops, method, 0.0)
                c += measure_one(session, kernel, loops, method, slowdown)
            result.trials += 1
            result.samples.append((a, b, c))
            verdict, ratio, _ = compare(a, c, alpha, min_change)
            result.detected += verdict == "slower"
            result.ratios.append(ratio)
            result.false_alarms += compare(a, b, alpha, min_change)[0] == "slower"
    return result
