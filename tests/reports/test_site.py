"""The site as files: self-contained, every link resolves, program text is escaped."""
import re
from html.parser import HTMLParser

from harness.store import NewFinding, Store
from reports.build import build_report
from reports.html import PAGES, pct


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if key in a and tag != "svg":
                self.refs.append(a[key])


def parse(path):
    p = Links()
    p.feed(path.read_text())
    return p


def test_the_site_is_three_pages_a_stylesheet_summary_md_and_report_json(site):
    out = site.index.parent
    assert sorted(p.name for p in out.iterdir()) == sorted([*PAGES, "site.css", "summary.md", "report.json"])


def test_every_link_points_to_a_file_of_the_site_or_an_anchor_that_exists(site):
    out = site.index.parent
    pages = {p: parse(out / p) for p in PAGES}
    for page, parsed in pages.items():
        for ref in parsed.refs:
            assert not re.match(r"^[a-z]+://", ref), f"{page} links outside the site: {ref}"
            target, _, anchor = ref.partition("#")
            target = target or page
            assert (out / target).exists(), f"{page}: broken link {ref}"
            if anchor and target in pages:
                assert anchor in pages[target].ids, f"{page}: no #{anchor} in {target}"


def test_program_text_and_outputs_are_escaped(tmp_path):
    s = Store(tmp_path / "d.db")
    cid = s.new_campaign({}, {"a": "1", "b": "2"})
    evil = "print('</pre><script>alert(1)</script>')\n"
    s.record_program(cid, 1, {}, "h", "diverge", 0.1, NewFinding(
        signature="a:ok | b:ok #1", engines=[["a"], ["b"]], dialect="py3", features=[], original=evil,
        outcomes={"a": {"status": "ok", "exit": "0", "stdout": "<b>x</b>\n"}, "b": {"status": "ok", "exit": "0", "stdout": ""}},
        origin={}))
    written = build_report(s, tmp_path / "site")
    html = (tmp_path / "site" / "findings.html").read_text()
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html
    assert written.index.exists()


def test_an_empty_store_renders_every_page_with_a_hint(tmp_path):
    written = build_report(Store(tmp_path / "d.db"), tmp_path / "site")
    index = written.index.read_text()
    assert "No conformance run recorded" in index and "No campaign in this database" in index
    assert "No findings" in (tmp_path / "site" / "findings.html").read_text()


def test_a_rate_just_below_100_percent_never_reads_as_100():
    assert pct(1.0) == "100%" and pct(819 / 820) == ">99%" and pct(0.5) == "50%" and pct(None) == "–"


def test_with_several_engine_sets_the_overview_charts_which_disagree_most(tmp_path):
    s = Store(tmp_path / "d.db")
    cid = s.new_campaign({}, {})
    for seed, groups in enumerate([[["a"], ["b"]], [["a"], ["b"]], [["a", "b"], ["c"]]]):
        s.record_program(cid, seed, {}, "h", "diverge", 0.1, NewFinding(
            signature=f"sig{seed}", engines=groups, dialect="py3", features=[], original="print(1)\n",
            outcomes={}, origin={}))
    html = build_report(s, tmp_path / "site").index.read_text()
    section = html[html.index("Which engines disagree"):]
    assert section.index("a vs b") < section.index("a,b vs c")
