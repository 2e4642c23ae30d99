"""Step detection over a benchmark's history (airspeed velocity's approach), for nightly use.

A history of medians is fitted with a piecewise-constant function minimising

    sum over segments of sum |y - median(segment)|  +  gamma * (number of segments)

by dynamic programming (asv's `step_detect`: L1 fit with a penalty per segment, which
ignores single outliers that a plain threshold on consecutive points would flag).  gamma
defaults to 3 * sigma * ln(n), sigma the noise estimated from successive differences
(1.4826 * MAD / sqrt(2)).  A step is a boundary between segments whose medians differ by
at least `min_change`; a segment of one point is an outlier (or a step not yet
confirmed by the next run) and is left out."""
from __future__ import annotations

import math
from dataclasses import dataclass

from stress.bench.stats import median

MAX_POINTS = 120            # the fit is O(n^3) in pure Python: the most recent points only


@dataclass
class Step:
    index: int                # the first point after the step
    before: float
    after: float

    @property
    def change(self) -> float:
        return self.after / self.before - 1 if self.before else 0.0


def noise(ys: list[float]) -> float:
    diffs = [b - a for a, b in zip(ys, ys[1:])]
    if not diffs:
        return 0.0
    m = median(diffs)
    return 1.4826 * median([abs(d - m) for d in diffs]) / math.sqrt(2)


def segments(ys: list[float], gamma: float | None = None) -> list[tuple[int, int]]:
    """The best piecewise-constant fit's segments as (start, end) index pairs, end exclusive."""
    n = len(ys)
    if n == 0:
        return []
    if gamma is None:
        gamma = 3 * max(noise(ys), 1e-12 * (abs(median(ys)) or 1)) * math.log(max(n, 2))
    cost = [[0.0] * (n + 1) for _ in range(n)]
    for i in range(n):
        for j in range(i + 1, n + 1):
            m = median(ys[i:j])
            cost[i][j] = sum(abs(y - m) for y in ys[i:j])
    best = [0.0] + [math.inf] * n
    prev = [0] * (n + 1)
    for j in range(1, n + 1):
        for i in range(j):
            c = best[i] + cost[i][j] + gamma
            if c < best[j]:
                best[j], prev[j] = c, i
    out, j = [], n
    while j > 0:
        out.append((prev[j], j))
        j = prev[j]
    return out[::-1]


def steps(ys: list[float], min_change: float = 0.05, gamma: float | None = None) -> list[Step]:
    """Steps of at least `min_change` (relative) in the most recent MAX_POINTS values."""
    offset = max(0, len(ys) - MAX_POINTS)
    ys = ys[offset:]
    # A one-point segment is an outlier (or a step not yet confirmed by a second night).
    segs = [(a, b) for a, b in segments(ys, gamma) if b - a >= 2]
    found = []
    for (a, b), (c, d) in zip(segs, segs[1:]):
        step = Step(offset + c, median(ys[a:b]), median(ys[c:d]))
        if abs(step.change) >= min_change:
            found.append(step)
    return found
