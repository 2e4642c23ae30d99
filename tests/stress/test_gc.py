"""GC stress on a real engine (one run each: distributions are the command's job)."""
from engines import resolve
from stress.gc import stress_gc
from stress.spec import builtin
from tests.conftest import require_engine


def _spec(name):
    return next(s for s in builtin("gc") if s.name == f"gc/{name}")


def test_a_resurrected_object_is_finalized_once_on_cpython_and_peak_rss_is_a_figure():
    engine = require_engine("cpython")
    [dist] = stress_gc([_spec("resurrection")], [engine], runs=1)
    assert dict(dist.counts) == {"ran 1 alive True": 1}
    assert dist.max_rss_kib > 0 and dist.to_entry()["figures"]["max_rss_kib"] == dist.max_rss_kib


def test_finalizers_may_run_late_but_never_twice():
    spec = _spec("cycle_finalizers")
    assert spec.classify("finalizers 400 callbacks 400", ok=True) == "acceptable"
    assert spec.classify("finalizers 1 callbacks 0", ok=True) == "interesting"      # PyPy
    assert spec.classify("finalizers 1000000 callbacks 400", ok=True) == "forbidden"  # one ran twice


def test_a_memory_limit_under_churn_is_forbidden():
    assert _spec("cycle_churn").classify("memory-limit", ok=False) == "forbidden"
    assert _spec("cycle_churn").memory_mib == 1024


def test_refvm_runs_the_resurrection_program_in_each_gc_mode():
    dists = stress_gc([_spec("resurrection")], [resolve("refvm")], runs=1)
    assert [d.engine for d in dists] == ["refvm:gc=refcount", "refvm:gc=tracing", "refvm:gc=none"]
    for d in dists:
        assert d.runs == 1 and not d.note and not d.forbidden, d
