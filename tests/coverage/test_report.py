"""The report's semantic-coverage section (diverge report)."""
from harness.semcov import records
from harness.store import Store
from reports.collect import collect
from reports.html import write_site
from reports.markdown import render_markdown


def test_the_report_shows_the_suite_and_the_latest_campaign_with_its_timeline(base_summary, tmp_path):
    store = Store(tmp_path / "d.db")
    cid = store.new_campaign({"engines": "cpython,refvm", "guided": True}, {"cpython": "3.11", "refvm": "x"})
    records.record_run(store, "suite", base_summary, 860)
    records.record_run(store, "campaign", base_summary, 40, cid)
    for t, b in ((10.0, 900), (20.0, 950)):
        records.record_point(store, cid, t, int(t), int(t) // 4, b)
    data = collect(store)
    cov = data["coverage"]
    assert cov["suite"]["programs"] == 860 and cov["campaign"]["campaign_id"] == cid
    assert cov["suite"]["total"]["branches"] == base_summary.total.branches
    assert cov["suite"]["uncovered_count"] == len(base_summary.uncovered)
    assert [p[1] for p in cov["timelines"][0]["points"]] == [900, 950] and cov["timelines"][0]["guided"]
    md = render_markdown(data)
    assert "### Semantic coverage" in md and f"campaign #{cid}" in md
    html = write_site(data, tmp_path / "site").read_text()
    assert 'id="semantic-coverage"' in html and "generators" in html and "#1 guided" in html


def test_a_store_without_coverage_says_how_to_get_some(tmp_path):
    data = collect(Store(tmp_path / "e.db"))
    assert data["coverage"] == {"suite": None, "campaign": None, "timelines": []}
    html = write_site(data, tmp_path / "site").read_text()
    assert "diverge coverage --suite" in html
    assert "Semantic coverage" not in render_markdown(data)
