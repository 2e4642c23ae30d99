"""Regeneration refuses cases whose outcome is not stable between two runs."""
from conformance.case import discover
from conformance.regen import regenerate


def test_an_unstable_case_is_reported_and_its_out_file_left_alone(cpython, tmp_path):
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "unstable.py").write_text(
        "# ---\n# features: [demo]\n# dialect: py3\n# description: prints an address\n# ---\n"
        "print(id(object()) + hash(str(object())))\n")
    report = regenerate(discover(tmp_path, read_expected=False), cpython)
    assert [p.split(":")[0] for p in report.problems] == ["demo/unstable"]
    assert "unstable" in report.problems[0]
    assert not (folder / "unstable.out").exists()


def test_a_negative_case_that_cpython_does_not_meet_is_reported(cpython, tmp_path):
    folder = tmp_path / "demo"
    folder.mkdir()
    (folder / "wrong.py").write_text(
        "# ---\n# features: [demo]\n# dialect: py3\n# description: d\n# negative: {type: KeyError}\n# ---\n"
        "[][0]\n")
    report = regenerate(discover(tmp_path, read_expected=False), cpython)
    assert "got exception IndexError" in report.problems[0]
