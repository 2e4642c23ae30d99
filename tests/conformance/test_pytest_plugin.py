"""The pytest plugin collects case x engine items with markers and expectations applied."""

pytest_plugins = ["pytester"]


def run_plugin(pytester, suite_dir, *args):
    return pytester.runpytest_subprocess(
        "-p", "conformance.pytest_plugin", "--engine", "cpython",
        "--conform-cases-dir", str(suite_dir / "cases"), "-p", "no:cacheprovider", *args)


def test_cases_become_items_per_engine(cpython, suite_dir, pytester):
    result = run_plugin(pytester, suite_dir, "--collect-only", "-q", str(suite_dir / "cases"))
    out = result.stdout.str()
    assert "adds.py::cpython" in out and "raises.py::cpython" in out and "either.py::cpython" in out


def test_all_pass_on_cpython(cpython, suite_dir, pytester):
    result = run_plugin(pytester, suite_dir, str(suite_dir / "cases"))
    result.assert_outcomes(passed=3)


def test_feature_markers_select(cpython, suite_dir, pytester):
    result = run_plugin(pytester, suite_dir, "-m", "feature_arithmetic", str(suite_dir / "cases"))
    result.assert_outcomes(passed=1, deselected=2)


def test_a_failing_case_reports_the_difference(cpython, suite_dir, pytester):
    (suite_dir / "cases" / "demo" / "adds.out").write_text("4\n--- exit 0\n")
    result = run_plugin(pytester, suite_dir, str(suite_dir / "cases"))
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["*demo/adds on cpython: fail: stdout line 1: expected '4', got '3'*"])


def test_without_paths_the_committed_suite_is_collected(cpython, pytester):
    result = pytester.runpytest_subprocess("-p", "conformance.pytest_plugin", "--engine", "cpython",
                                           "--collect-only", "-q", "-p", "no:cacheprovider")
    assert "binary-ops/left_add_first.py::cpython" in result.stdout.str()


def test_known_failures_are_strict_xfails(cpython, suite_dir, pytester):
    (suite_dir / "expectations" / "cpython.yaml").write_text(
        "demo/adds:\n  status: fail\n  reason: pretend it is broken\n"
        "demo/either:\n  status: skip\n  reason: too slow\n")
    result = run_plugin(pytester, suite_dir, "--conform-expectations-dir", str(suite_dir / "expectations"),
                        str(suite_dir / "cases"))
    # adds passes although listed as failing: a strict xfail turns that into a failure
    result.assert_outcomes(passed=1, failed=1, skipped=1)
