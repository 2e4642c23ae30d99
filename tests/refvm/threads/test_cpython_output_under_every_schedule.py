"""Thread programs whose output is deterministic on CPython (they synchronize
what they print) give CPython's stdout, stderr (normalized) and exit status on
refvm under every scheduler: round robin, random walks and PCT."""
import glob
import os

import pytest

from threads_helpers import (CASES, PROGRAMS, SCHEDULES, assert_same, cpython_outcome,
                             run_refvm)

PROGRAM_FILES = sorted(glob.glob(os.path.join(PROGRAMS, "*.py")))
# the project's conformance cases with one expected output (no outcome classes)
CASE_FILES = sorted(p for p in glob.glob(os.path.join(CASES, "*.py"))
                    if os.path.exists(p[:-3] + ".out"))


@pytest.mark.parametrize("sched", SCHEDULES)
@pytest.mark.parametrize("path", PROGRAM_FILES, ids=[os.path.basename(p) for p in PROGRAM_FILES])
def test_program_gives_cpython_output(path, sched):
    assert_same(cpython_outcome(path), run_refvm(path, "--sched", sched))


@pytest.mark.parametrize("sched", ["random:7"])
@pytest.mark.parametrize("path", CASE_FILES, ids=[os.path.basename(p) for p in CASE_FILES])
def test_conformance_case_gives_cpython_output(path, sched):
    assert_same(cpython_outcome(path), run_refvm(path, "--sched", sched))


def test_the_deterministic_programs_really_start_threads():
    # guards the suite itself: every program here creates a thread
    for path in PROGRAM_FILES:
        with open(path) as fh:
            text = fh.read()
        assert "Thread(" in text or "start_new_thread" in text or "Timer(" in text, path
