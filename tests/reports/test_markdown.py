"""summary.md: a pull-request comment's worth."""
from reports.collect import collect
from reports.markdown import render_markdown
from tests.reports import sample


def test_the_summary_has_per_engine_conformance_with_the_change_since_the_previous_run(store):
    md = render_markdown(collect(store, "nightly.db"))
    assert "| pypy | pypy 1.0 | 26/30 | 87% | -3.3 pt | **1** | 3 |" in md
    assert "| cpython | cpython 1.0 | 30/30 | 100% | ±0 | 0 | 0 |" in md
    assert "- `generators/case_5` on pypy: regression — stdout differs" in md


def test_the_summary_lists_findings_with_their_repro_commands(store):
    md = render_markdown(collect(store, "nightly.db"))
    assert "### Findings — 5 (4 unclassified, 1 flaky)" in md
    assert "`diverge repro 1 --db nightly.db`" in md


def test_benchmarks_and_forbidden_stress_outcomes_are_summarised(store):
    md = render_markdown(collect(store, "nightly.db", stress=sample.STRESS))
    assert "| throughput/worker | pypy | 240 programs/s | -4.0% |" in md
    assert "- `threads/counter_race`: forbidden outcomes on pypy 10/1000" in md


def test_table_cells_cannot_break_the_table(store):
    data = collect(store)
    data["conformance"]["latest"]["problems"][0]["detail"] = "a | b\nc"
    md = render_markdown(data)
    assert "regression — a \\| b c" in md
