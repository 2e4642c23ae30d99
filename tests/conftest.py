"""Shared fixtures.  `make test` sets DIVERGE_REQUIRE_ENGINES=1: there, an engine the
bootstrap should have installed but is missing is an error, not a skip."""
import os

import pytest

from engines import resolve


def require_engine(spec: str):
    engine = resolve(spec)
    ok, reason = engine.available()
    if not ok:
        if os.environ.get("DIVERGE_REQUIRE_ENGINES") == "1":
            pytest.fail(f"engine {spec} should be installed by scripts/bootstrap: {reason}")
        pytest.skip(f"engine {spec} unavailable: {reason}")
    return engine


@pytest.fixture
def engine_factory():
    return require_engine
