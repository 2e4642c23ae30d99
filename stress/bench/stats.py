"""Summary statistics and the Mann-Whitney U test (no scipy here: a few lines suffice)."""
from __future__ import annotations

import math
from collections import Counter


def median(xs: list[float]) -> float:
    s = sorted(xs)
    n = len(s)
    if not n:
        raise ValueError("median of no values")
    return s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2


def mad(xs: list[float]) -> float:
    """Median absolute deviation: the spread pyperf-style tables show next to a median,
    robust to the outliers a loaded machine produces."""
    m = median(xs)
    return median([abs(x - m) for x in xs])


def mann_whitney_greater(xs: list[float], ys: list[float]) -> float:
    """One-sided p-value that values in `xs` tend to be greater than those in `ys`.

    U = R_x - n_x (n_x + 1) / 2, with R_x the sum of the ranks of `xs` in the pooled,
    sorted sample (ties get their average rank).  Under H0, U is approximately normal
    with mean n_x n_y / 2 and variance

        n_x n_y / 12 * ((n + 1) - sum(t^3 - t) / (n (n - 1)))

    (t: the size of each group of ties, n = n_x + n_y); z = (U - mean - 1/2) / sd with
    a continuity correction, p = 1 - Phi(z).  (Mann & Whitney 1947; the tie correction as
    in Hollander & Wolfe, Nonparametric Statistical Methods, 3rd ed., eq. 4.13.)  Good
    from about 8 values per side, which the benchmark runner always has."""
    nx, ny = len(xs), len(ys)
    if not nx or not ny:
        raise ValueError("Mann-Whitney U needs values on both sides")
    pooled = sorted([(x, 0) for x in xs] + [(y, 1) for y in ys])
    ranks = {}
    i = 0
    while i < len(pooled):
        j = i
        while j < len(pooled) and pooled[j][0] == pooled[i][0]:
            j += 1
        ranks[pooled[i][0]] = (i + 1 + j) / 2            # the average of ranks i+1 .. j
        i = j
    r_x = sum(ranks[x] for x in xs)
    u = r_x - nx * (nx + 1) / 2
    n = nx + ny
    ties = sum(t ** 3 - t for t in Counter(xs + ys).values())
    var = nx * ny / 12 * ((n + 1) - ties / (n * (n - 1)))
    if var <= 0:
        return 1.0                                        # every value equal: no evidence
    z = (u - nx * ny / 2 - 0.5) / math.sqrt(var)
    return 0.5 * math.erfc(z / math.sqrt(2))              # 1 - Phi(z)
