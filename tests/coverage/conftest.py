"""Fixtures shared by the semantic-coverage tests: one measuring server and one branch
table per test process (each costs a few seconds to build)."""
import pytest

from harness.semcov.measure import Arcs, Server
from harness.semcov.summary import BranchTable, summarize


@pytest.fixture(scope="session")
def server():
    s = Server()
    yield s
    s.close()


@pytest.fixture(scope="session")
def table(server):
    return BranchTable(Arcs(server.baseline))


@pytest.fixture(scope="session")
def base_summary(server):
    """The summary of importing refvm and running nothing."""
    return summarize(Arcs(server.baseline))
