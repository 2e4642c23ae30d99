"""Fixtures for refvm's tests; the helpers live in refvm_helpers."""
import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from refvm_helpers import run_in_fork, run_refvm  # noqa: E402


@pytest.fixture
def vm(tmp_path):
    """vm(source, *options) -> Outcome: run source as prog.py on refvm (forked)."""
    def run(source, *options):
        import textwrap
        p = tmp_path / "prog.py"
        p.write_text(textwrap.dedent(source))
        if hasattr(os, "fork"):
            return run_in_fork(str(p), options)
        return run_refvm(str(p), options=options)
    return run


@pytest.fixture
def run_source(tmp_path):
    """Write source to prog.py and run it on refvm; returns the Outcome."""
    def run(source, *options):
        p = tmp_path / "prog.py"
        p.write_text(source)
        return run_refvm(str(p), options=options)
    return run
