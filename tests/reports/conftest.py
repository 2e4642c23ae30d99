import os

import pytest

from reports.build import build_report
from tests.reports import sample
from tests.reports.browser import chromium_path


@pytest.fixture
def store(tmp_path):
    s = sample.build(tmp_path / "d.db")
    yield s
    s.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The sample report, written once per module."""
    tmp = tmp_path_factory.mktemp("report")
    s = sample.build(tmp / "d.db")
    written = build_report(s, tmp / "site", db_label="nightly.db", stress=sample.STRESS, now=sample.T0 + 3 * sample.DAY)
    s.close()
    return written


@pytest.fixture(scope="module")
def chromium():
    """Debian's chromium (scripts/bootstrap installs it); under `make test` a missing one fails."""
    if chromium_path() is None:
        if os.environ.get("DIVERGE_REQUIRE_ENGINES") == "1":
            pytest.fail("chromium should be installed by scripts/bootstrap")
        pytest.skip("chromium is not installed (scripts/bootstrap installs it)")
