"""Hypothesis strategies over the diverge generator.

    from fuzz.strategies import programs
    @given(programs(dialect="py2+3", size=4))
    def test_engines_agree(program): ...

`programs(**config)` drives the very generator `generate(seed, config)`
uses, with every choice drawn from Hypothesis, so failing programs shrink:
a draw of 0 is always the simpler option (fewer statements, the first
alternative, the smallest literal).
"""
from __future__ import annotations

from hypothesis import strategies as st

from fuzz.generate import GenConfig, generate_from
from fuzz.generate.choices import Choices


class DataChoices(Choices):
    """A choice stream backed by a Hypothesis `draw` function."""

    def __init__(self, draw):
        self._draw = draw

    def below(self, n: int) -> int:
        if n <= 1:
            return 0
        return self._draw(st.integers(0, n - 1))


@st.composite
def _programs(draw, cfg: GenConfig):
    return generate_from(DataChoices(draw), cfg,
                         origin={"generator": "diverge-hypothesis", "config": cfg.to_dict()})


def programs(**config):
    """A strategy of Programs; keyword arguments are GenConfig fields (dialect, features, size, ...)."""
    return _programs(GenConfig(**config))
