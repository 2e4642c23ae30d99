"""Thread stress on real engines (few runs: the distributions are the command's job)."""
from engines import resolve
from stress.spec import builtin, parse
from stress.threads import stress_threads, switch_prelude
from tests.conftest import require_engine


def _spec(name):
    return next(s for s in builtin("threads") if s.name == f"threads/{name}")


def test_a_locked_counter_never_loses_an_update_on_cpython():
    engine = require_engine("cpython")
    [dist] = stress_threads([_spec("counter_locked")], [engine], runs=3)
    assert dict(dist.counts) == {"8000": 3} and not dist.forbidden
    assert dist.settings == {"switch_interval": 1e-6}


def test_a_forbidden_outcome_is_reported_as_such():
    engine = require_engine("cpython")
    spec = parse("# acceptable: 1\nprint(2)\n", "threads/wrong")
    [dist] = stress_threads([spec], [engine], runs=2)
    assert dist.forbidden == ["2"]
    assert dist.to_entry()["outcomes"] == [{"outcome": "2", "count": 2, "class": "forbidden"}]


def test_refvm_runs_the_locked_counter_under_its_explorer_without_a_lost_update():
    [dist] = stress_threads([_spec("counter_locked")], [resolve("refvm")], runs=3)
    assert dist.runs == 3 and dict(dist.counts) == {"8000": 3}, dist


def test_a_py3_program_skips_a_2_7_engine():
    spec = parse("# dialect: py3\n# acceptable: 1\nprint(1)\n", "threads/py3only")
    spec.kind = "threads"
    engine = require_engine("jython")
    [dist] = stress_threads([spec], [engine], runs=1)
    assert dist.runs == 0 and "does not cover py3" in dist.note


def test_the_switch_prelude_is_guarded_for_engines_without_it():
    assert "hasattr" in switch_prelude(1e-6) and switch_prelude(None) == ""


def test_an_engine_without_an_imported_module_sits_out():
    engine = require_engine("cpython")
    spec = parse("# acceptable: 1\nimport no_such_module_here\nprint(1)\n", "threads/needs_module")
    [dist] = stress_threads([spec], [engine], runs=3)
    assert dist.runs == 0 and "no_such_module_here" in dist.note
