"""`diverge gen`: printing, writing, checking, and one-line usage errors."""
import json

from click.testing import CliRunner

from diverge.cli import cli
from fuzz.generate import generate


def run(*args):
    return CliRunner().invoke(cli, ["gen", *args])


def test_gen_prints_the_program_for_a_seed():
    r = run("--seed", "17", "--dialect", "py2+3")
    assert r.exit_code == 0
    assert r.stdout == generate(17, {"dialect": "py2+3"}).source


def test_gen_out_writes_files_and_an_index(tmp_path):
    r = run("--seed", "3", "--count", "2", "--out", str(tmp_path), "--features", "+threads")
    assert r.exit_code == 0, r.output
    index = json.loads((tmp_path / "index.json").read_text())
    assert [e["file"] for e in index] == ["gen-3.py", "gen-4.py"]
    again = generate(index[1]["origin"]["seed"], index[1]["origin"]["config"])
    assert (tmp_path / "gen-4.py").read_text() == again.source


def test_unknown_feature_is_a_usage_error():
    r = run("--features", "nope")
    assert r.exit_code == 2 and "unknown feature 'nope'" in r.stderr


def test_bad_dialect_is_a_usage_error():
    assert run("--dialect", "py4").exit_code == 2


def test_check_prints_a_valid_line():
    r = run("--check", "8", "--seed", "40")
    assert r.exit_code == 0, r.output
    assert r.stdout.strip().splitlines()[-1].startswith("valid: ")
    assert "programs/s" in r.stdout and "features:" in r.stdout


def test_syntax_mode_prints_compile_only_programs():
    r = run("--syntax", "codegen", "--count", "2")
    assert r.exit_code == 0 and r.stdout.count("compile(src, '<fuzz>', 'exec')") == 2
