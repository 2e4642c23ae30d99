"""The project's coverage threshold: the gate script and the rule that it only goes up."""
import os
import subprocess
import sys
from pathlib import Path

import pytest
from coverage import CoverageData

ROOT = Path(__file__).resolve().parents[2]
THRESHOLD = ROOT / "tests" / "coverage" / "threshold.txt"
GATE = ROOT / "scripts" / "coverage-gate"


def test_the_threshold_file_holds_one_percentage():
    value = float(THRESHOLD.read_text().split()[0])
    assert 0.0 <= value <= 100.0


def test_no_commit_ever_lowered_the_threshold():
    git = subprocess.run(["git", "-C", str(ROOT), "log", "--reverse", "--format=%H", "--",
                          "tests/coverage/threshold.txt"], capture_output=True, text=True)
    if git.returncode != 0:
        pytest.skip("not a git checkout")
    values = []
    for commit in git.stdout.split():
        shown = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:tests/coverage/threshold.txt"],
                               capture_output=True, text=True)
        if shown.returncode == 0:
            values.append(float(shown.stdout.split()[0]))
    assert values, "the threshold file is committed"
    assert values == sorted(values), values


@pytest.fixture(scope="module")
def data(tmp_path_factory) -> Path:
    """Real coverage data under the project's configuration: `diverge --help` (imports every command)."""
    tmp = tmp_path_factory.mktemp("gate")
    path = tmp / ".coverage"
    subprocess.run([sys.executable, "-m", "coverage", "run", f"--rcfile={ROOT / 'pyproject.toml'}",
                    f"--data-file={path}", "-m", "diverge", "--help"], cwd=ROOT, check=True, timeout=120,
                   capture_output=True)
    if not path.exists():                      # parallel = true: one suffixed file per process
        subprocess.run([sys.executable, "-m", "coverage", "combine", f"--rcfile={ROOT / 'pyproject.toml'}",
                        f"--data-file={path}", str(tmp)], cwd=ROOT, check=True, timeout=120)
    measured = CoverageData(basename=str(path))
    measured.read()
    assert measured.measured_files()
    return path


def gate(*args):
    return subprocess.run([sys.executable, str(GATE), *args], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ))


def test_the_gate_prints_the_figure_and_fails_below_the_threshold(data, tmp_path):
    high = tmp_path / "high.txt"
    high.write_text("99.0\n")          # importing the commands is far from 99% of the project
    bad = gate("--data", str(data), "--threshold", str(high))
    assert bad.returncode == 1 and "below the threshold" in bad.stdout
    assert "project coverage" in bad.stdout and "refvm" in bad.stdout


def test_the_ratchet_raises_the_threshold_to_the_figure_and_never_lowers_it(data, tmp_path):
    t = tmp_path / "t.txt"
    t.write_text("0.0\n")
    assert gate("--data", str(data), "--threshold", str(t), "--ratchet").returncode == 0
    raised = float(t.read_text())
    assert raised > 0.0
    ok = gate("--data", str(data), "--threshold", str(t))
    assert ok.returncode == 0, ok.stdout
    t.write_text("99.0\n")
    gate("--data", str(data), "--threshold", str(t), "--ratchet")
    assert float(t.read_text()) == 99.0


def test_missing_data_is_a_one_line_error_with_status_2(tmp_path):
    p = gate("--data", str(tmp_path / "none"))
    assert p.returncode == 2 and "no coverage data" in p.stderr
