import pytest

from engines.grumpy.engine import Grumpy
from engines.spec import parse_spec


@pytest.fixture(scope="session")
def grumpy():
    engine = Grumpy(parse_spec("grumpy"))
    ok, reason = engine.available()
    if not ok:
        pytest.skip(f"grumpy unavailable: {reason}")
    return engine
