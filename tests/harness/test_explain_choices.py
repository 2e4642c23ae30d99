"""refvm's choice points as the explainer uses them: each option really changes the one
behaviour it names (checked against the real engines), and the campaign stores classes."""
import json

import pytest
from click.testing import CliRunner

from diverge.cli import cli
from engines import Limits, Program, resolve
from harness.choices import HASH, IDENTITY, ChoiceRunner, variants
from harness.explain import Explainer, without_comments
from harness.store import NewFinding, Store

IDENTITY_PROGRAM = """x = 10 ** 20
a, b = x * 2, x + x                  # both alive: no address reuse
print(x + 1 is x + 1, id(a) == id(b))
f = 2.5
print(f * 2 is 5.0 * 1, 0.0 is -0.0, [] is [])
class MyInt(int):
    pass
print(MyInt(3) is MyInt(3), (x,) is (x,))
n = int("7")
print(str(n) is str(n), str(n * 11) is str(n * 11), chr(1000 + n) is chr(1000 + n), bytes([n]) is bytes([n]))
print(tuple([n][:0]) is tuple([n][:0]), frozenset([n][:0]) is frozenset(), frozenset([n]) is frozenset([n]))
"""


def run(spec, source, engine_factory):
    engine_factory(spec.split(":")[0])
    with resolve(spec).session("spawn") as s:
        return s.run(Program(source), Limits(timeout=20))


def test_identity_pypy_gives_pypys_identity_of_numbers(engine_factory):
    pypy = run("pypy", IDENTITY_PROGRAM, engine_factory)
    refvm = run("refvm:identity=pypy", IDENTITY_PROGRAM, engine_factory)
    assert refvm.status == pypy.status == "ok"
    assert refvm.stdout == pypy.stdout
    assert refvm.stdout.splitlines()[0] == "True True"


def test_identity_cpython_gives_cpythons(engine_factory):
    cpython = run("cpython", IDENTITY_PROGRAM, engine_factory)
    refvm = run("refvm:identity=cpython", IDENTITY_PROGRAM, engine_factory)
    assert refvm.stdout.splitlines()[:2] == cpython.stdout.splitlines()[:2]
    assert refvm.stdout.splitlines()[0] == "False False"


def test_hashseed_changes_refvms_str_hash_like_cpythons(engine_factory):
    src = "print(hash('diverge'))\n"
    for seed in ("0", "7"):
        cpython = run("cpython", src, engine_factory)          # the sandbox fixes PYTHONHASHSEED=0
        refvm = run(f"refvm:hashseed={seed}", src, engine_factory)
        assert (refvm.stdout == cpython.stdout) == (seed == "0")


def test_a_bad_hashseed_is_a_usage_error():
    r = CliRunner().invoke(cli, ["run", "x.py", "--engines", "refvm:hashseed=abc"])
    assert r.exit_code == 2


def test_variant_families_change_one_option_each():
    for v in variants(IDENTITY) + variants(HASH, hash_seeds=4):
        assert len(v.options) == 1
    assert [v.label for v in variants(HASH, hash_seeds=3)] == ["hashseed=0", "hashseed=1", "hashseed=2"]


def test_hash_search_stops_once_every_outcome_is_reproduced(engine_factory):
    engine_factory("refvm")
    runner = ChoiceRunner(Limits(timeout=20))
    prog = Program("print(1)\n")
    target = ("ok", 0, None, "1\n")
    results = runner.explore(HASH, prog, [target], hash_seeds=20)
    assert len(results) == 2                  # the first pair of seeds already gives "1"
    assert runner.runs == 2


def test_comments_do_not_make_a_choice_relevant():
    assert "is" not in without_comments("# this is a comment\nprint(1)\n")


def test_explainer_classifies_from_stored_outcomes_and_store_filters(engine_factory, tmp_path):
    engine_factory("refvm")
    store = Store(tmp_path / "f.db")
    src = "x = 10 ** 20\nprint(x + 1 is x + 1)\n"
    outcomes = {"cpython": {"status": "ok", "exit": 0, "exception": None, "message": None, "stdout": "False\n",
                            "stderr": "", "version": "CPython 3.11.7"},
                "pypy": {"status": "ok", "exit": 0, "exception": None, "message": None, "stdout": "True\n",
                         "stderr": "", "version": "PyPy 7.3.11 (Python 3.9.16)"}}
    cid = store.new_campaign({}, {})
    fid = store.record_program(cid, 1, {}, "h", "diverge", 0.1, NewFinding(
        "sig", [["cpython"], ["pypy"]], "py3", [], src, outcomes, {}))
    from fuzz.campaign.triage import Triage
    t = Triage(store, [])
    t.explainer = Explainer(Limits(timeout=20), families=(IDENTITY,))
    assert t.classify(fid) == "identity"
    assert [f.id for f in store.findings("identity")] == [fid]
    assert store.findings("unexplained") == []
    assert store.explanation(fid)["evidence"]["pypy"]["choice"] == "identity=pypy"
    r = CliRunner().invoke(cli, ["findings", "list", "--db", str(tmp_path / "f.db"), "--class", "identity",
                                 "--json"])
    assert r.exit_code == 0 and [f["id"] for f in json.loads(r.stdout)] == [fid]
    r = CliRunner().invoke(cli, ["findings", "list", "--db", str(tmp_path / "f.db"), "--class", "nonsense"])
    assert r.exit_code == 2


@pytest.mark.parametrize("spec", ["refvm:identity=pypy"])
def test_explain_runs_refvm_in_the_sandbox_with_the_engines_options(spec, engine_factory):
    out = run(spec, "print(1 is 1)\n", engine_factory)
    assert out.options == {"identity": "pypy"}


def test_a_campaign_classifies_each_new_finding(engine_factory, tmp_path):
    engine_factory("cpython"), engine_factory("pypy"), engine_factory("refvm")
    from fuzz.campaign.runner import Campaign, CampaignConfig
    from fuzz.generate.config import parse_features
    from harness.explain import CLASSES
    store = Store(tmp_path / "c.db")
    Campaign(store, CampaignConfig(engines="cpython,pypy", seed=5, count=6, features=parse_features("+finalizers"),
                                   reduce=False, confirm_runs=1, timeout=10)).run()
    found = store.findings()
    assert found
    for f in found:
        assert f.classification in CLASSES
        assert store.explanation(f.id)["classification"] == f.classification


def test_explain_a_stored_finding_writes_its_class_back_and_an_export_folder_works(engine_factory, tmp_path):
    engine_factory("refvm")
    db = tmp_path / "f.db"
    store = Store(db)
    src = "x = 10 ** 20\nprint(x + 1 is x + 1)\n"
    outcomes = {label: {"status": "ok", "exit": 0, "exception": None, "message": None, "stdout": out,
                        "stderr": "", "version": version}
                for label, out, version in (("cpython", "False\n", "CPython 3.11.7"),
                                            ("pypy", "True\n", "PyPy 7.3.11 (Python 3.9.16)"))}
    cid = store.new_campaign({}, {})
    fid = store.record_program(cid, 1, {}, "h", "diverge", 0.1, NewFinding(
        "sig", [["cpython"], ["pypy"]], "py3", [], src, outcomes, {}))
    r = CliRunner().invoke(cli, ["explain", str(fid), "--db", str(db), "--json", "--choices", "identity"])
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["classification"] == "identity"
    assert Store(db).finding(fid).classification == "identity"
    r = CliRunner().invoke(cli, ["findings", "export", str(fid), str(tmp_path / "repro"), "--db", str(db)])
    assert r.exit_code == 0
    r = CliRunner().invoke(cli, ["explain", str(tmp_path / "repro"), "--json", "--choices", "identity"])
    out = json.loads(r.stdout)
    assert out["classification"] == "identity" and out["engines"]["pypy"]["level"] == [3, 9]
