"""The report's data: what each section is computed from."""
from reports.collect import changes, collect, outcome_diffs
from tests.reports import sample


def test_the_matrix_is_the_latest_run_with_each_cells_history(store):
    conf = collect(store)["conformance"]
    latest = conf["latest"]
    assert latest["engines"] == ["cpython", "pypy"] and latest["features"] == list(sample.FEATURES)
    cell = {r["feature"]: r["cells"]["pypy"] for r in latest["matrix"]}
    assert (cell["finalizers"]["passed"], cell["finalizers"]["run"]) == (7, 10)
    assert cell["finalizers"]["history"] == [0.6, 0.7, 0.7]
    assert cell["generators"]["bad"] == 1 and cell["generators"]["statuses"] == {"pass": 9, "regression": 1}
    assert [round(h["rate"], 3) for h in latest["history"]["pypy"]] == [0.833, 0.9, 0.867]


def test_gate_failures_and_changes_since_the_previous_run_are_listed(store):
    latest = collect(store)["conformance"]["latest"]
    assert [(p["case_id"], p["engine"], p["status"]) for p in latest["problems"]] == \
        [("generators/case_5", "pypy", "regression")]
    assert latest["changes"] == [{"case_id": "generators/case_5", "engine": "pypy", "before": "pass",
                                  "after": "regression"}]


def test_changes_name_cases_that_appeared_or_disappeared():
    before = [{"case_id": "a", "engine": "e", "status": "pass"}]
    after = [{"case_id": "b", "engine": "e", "status": "pass"}]
    assert changes(before, after) == [{"case_id": "a", "engine": "e", "before": "pass", "after": None},
                                      {"case_id": "b", "engine": "e", "before": None, "after": "pass"}]


def test_findings_are_grouped_by_classification_largest_group_first(store):
    f = collect(store, db_label="my db.db")["findings"]
    assert [(g["classification"], g["count"]) for g in f["groups"]] == [("unclassified", 4), ("flaky", 1)]
    first = f["groups"][0]["findings"][0]
    assert first["repro"] == f"diverge repro {first['id']} --db 'my db.db'"
    assert first["program"].startswith("class A:") and first["lines"] == 6 and first["original_lines"] == 26
    assert f["total"] == 5 and f["hits"] == 12


def test_a_diff_goes_from_the_first_group_to_each_other_group():
    outcomes = {"a": sample.outcome("a", "x\ny\n"), "b": sample.outcome("b", "x\n"), "c": sample.outcome("c", "x\ny\n", "exception", 1, "ValueError")}
    diffs = outcome_diffs([["a"], ["b"], ["c"]], outcomes)
    assert [(d["from"], d["to"]) for d in diffs] == [("a", "b"), ("a", "c")]
    assert [line["text"] for line in diffs[0]["lines"] if line["kind"] in ("add", "del")] == ["-y"]
    changed = [line["text"] for line in diffs[1]["lines"] if line["kind"] in ("add", "del")]
    assert "-status: ok" in changed and "+status: exception" in changed and "+exception: ValueError" in changed


def test_campaigns_count_their_programs_and_findings_accumulate_over_time(store):
    c = collect(store)["campaigns"]
    assert [(x["id"], x["programs"], x["verdicts"]) for x in c["list"]] == \
        [(1, 20, {"agree": 14, "diverge": 6}), (2, 20, {"agree": 14, "diverge": 6})]
    assert [d["total"] for d in c["discoveries"]] == [1, 2, 3, 4, 5]
    assert c["list"][0]["engines"] == {"cpython": "CPython 3.11.2", "pypy": "PyPy 7.3.11"}


def test_bench_series_per_benchmark_and_engine_with_the_last_change(store):
    [chart] = collect(store)["bench"]["charts"]
    assert (chart["benchmark"], chart["metric"]) == ("throughput/worker", "programs/s")
    pypy = next(s for s in chart["series"] if s["engine"] == "pypy")
    assert [p["v"] for p in pypy["points"]] == [260, 250, 240]
    assert round(pypy["change"], 4) == round(-10 / 250, 4)


def test_stress_outcomes_are_ordered_acceptable_first_and_forbidden_counted():
    [test] = collect(None, stress=sample.STRESS)["stress"]["tests"]
    pypy = test["engines"][1]
    assert [o["class"] for o in pypy["outcomes"]] == ["acceptable", "interesting", "forbidden"]
    assert test["forbidden"] == 10 and pypy["outcomes"][0]["share"] == 0.93


def test_without_a_store_every_section_is_empty_not_missing():
    d = collect(None)
    assert d["conformance"]["latest"] is None and d["findings"]["total"] == 0
    assert d["campaigns"]["list"] == [] and d["bench"]["charts"] == [] and d["stress"]["tests"] == []


def test_the_history_heatmap_has_a_cell_per_feature_and_run_oldest_first(store):
    heat = collect(store)["conformance"]["latest"]["heatmap"]
    assert [r["id"] for r in heat["runs"]] == [1, 2, 3]
    finalizers = next(row for row in heat["engines"]["pypy"] if row["feature"] == "finalizers")
    assert [c["rate"] for c in finalizers["cells"]] == [0.6, 0.7, 0.7]
    generators = next(row for row in heat["engines"]["pypy"] if row["feature"] == "generators")
    assert [c["bad"] for c in generators["cells"]] == [0, 0, 1]


def test_rates_are_better_higher_and_times_better_lower():
    from reports.collect import better
    assert better("programs/s", "programs/s") == "higher"
    assert better("wall", "ms") == "lower"


def test_findings_are_counted_per_set_of_disagreeing_engines(store):
    assert collect(store)["findings"]["by_engines"] == [{"engines": "cpython vs pypy", "findings": 5, "hits": 12}]
