
import pytest


def _cpython_or_skip():
    from engines import resolve
    engine = resolve("cpython")
    ok, reason = engine.available()
    if not ok:
        pytest.skip(f"cpython engine not available: {reason}")
    return engine


@pytest.fixture(scope="session")
def cpython():
    return _cpython_or_skip()


@pytest.fixture
def suite_dir(tmp_path):
    """A tiny suite: one reference, one negative, one outcome-class case (all pass on CPython)."""
    cases = tmp_path / "cases" / "demo"
    cases.mkdir(parents=True)
    (cases / "adds.py").write_text(
        "# ---\n# features: [demo, arithmetic]\n# dialect: py2+3\n# description: adds\n# ---\nprint(1 + 2)\n")
    (cases / "adds.out").write_text("3\n--- exit 0\n")
    (cases / "raises.py").write_text(
        "# ---\n# features: [demo]\n# dialect: py3\n# description: raises\n"
        "# negative: {type: KeyError}\n# ---\n{}['k']\n")
    (cases / "either.py").write_text(
        "# ---\n# features: [demo, implementation-defined]\n# dialect: py3\n# description: either\n"
        "# outcomes:\n#   first: \"a\\n\"\n#   second: \"b\\n\"\n# ---\nprint('b')\n")
    (tmp_path / "expectations").mkdir()
    return tmp_path
