"""The choice stream: every decision the generator makes is one draw from here.

The generator never touches a random module directly.  It asks a `Choices`
for integers in a range, so the same generator can be driven by a seeded
Mersenne Twister (`SeededChoices`, for campaigns that replay by seed) or by
Hypothesis (`fuzz.strategies`), which records the draws and shrinks them.

Conventions that make shrinking useful: a draw of 0 is always the simplest
option (stop adding statements, first alternative, smallest literal), so a
shrunk choice sequence is a smaller, plainer program.
"""
from __future__ import annotations

import bisect
import random


class Choices:
    """Base: subclasses implement `below`."""

    def below(self, n: int) -> int:          # pragma: no cover - abstract
        raise NotImplementedError

    def between(self, lo: int, hi: int) -> int:
        return lo + self.below(hi - lo + 1)

    def coin(self, percent: int) -> bool:
        """True with probability percent/100; a draw of 0 means False."""
        if percent <= 0:
            return False
        if percent >= 100:
            return True
        return self.below(100) >= 100 - percent

    def pick(self, seq):
        return seq[self.below(len(seq))]

    def weighted(self, options):
        """options: a Table, or a sequence of (weight, value); weight-0 options never win."""
        if isinstance(options, Table):
            return options.values[bisect.bisect_right(options.cumulative, self.below(options.total))]
        total = sum(w for w, _ in options)
        if total <= 0:
            raise ValueError("weighted() with no positive weight")
        r = self.below(total)
        for w, value in options:
            if r < w:
                return value
            r -= w
        raise AssertionError("unreachable")


class Table:
    """A fixed weighted choice, prepared once: `choices.weighted(table)` is a bisect."""

    __slots__ = ("values", "cumulative", "total")

    def __init__(self, options):
        self.values, self.cumulative, acc = [], [], 0
        for w, value in options:
            if w > 0:
                acc += w
                self.values.append(value)
                self.cumulative.append(acc)
        self.total = acc


class SeededChoices(Choices):
    """Draws from `random.Random(seed)` through getrandbits only.

    getrandbits on an integer-seeded Mersenne Twister is stable across Python
    versions and platforms; randrange/choice are not promised to be, so the
    rejection sampling below is ours.
    """

    def __init__(self, seed: int):
        self._rng = random.Random(seed)
        self.draws = 0

    def below(self, n: int) -> int:
        if n <= 1:
            if n < 1:
                raise ValueError("below(n) needs n >= 1")
            return 0
        self.draws += 1
        k = (n - 1).bit_length()
        getbits = self._rng.getrandbits
        r = getbits(k)
        while r >= n:
            r = getbits(k)
        return r


class ReplayChoices(Choices):
    """Replays a recorded list of draws (clamped), then answers 0: for tests and reduction."""

    def __init__(self, draws):
        self._draws = list(draws)
        self._i = 0

    def below(self, n: int) -> int:
        if n <= 1:
            return 0
        v = self._draws[self._i] if self._i < len(self._draws) else 0
        self._i += 1
        return min(max(v, 0), n - 1)
