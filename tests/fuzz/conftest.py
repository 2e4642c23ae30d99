import shutil

import pytest

from fuzz.generate import generate


@pytest.fixture(scope="session")
def cpython_session():
    from engines import resolve
    eng = resolve("cpython")
    with eng.session(isolation="worker") as s:
        yield s


def needs(binary):
    return pytest.mark.skipif(shutil.which(binary) is None, reason=f"{binary} not installed")


def sample(n, **config):
    return [generate(seed, config) for seed in range(n)]
