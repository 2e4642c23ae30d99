"""The report in a real browser: it loads without console errors, the matrix and the findings
are on the page, and it is usable at phone and desktop width (screenshots kept in
`diverge-out/screenshots/` — or $DIVERGE_SCREENSHOTS — for people to look at)."""
import os
from pathlib import Path

import pytest

from reports.html import PAGES

from tests.reports.browser import Browser, png_distinct_rows, png_size

PHONE = (390, 844)
DESKTOP = (1280, 900)
SHOTS = Path(os.environ.get("DIVERGE_SCREENSHOTS", Path(__file__).resolve().parents[2] / "diverge-out" / "screenshots"))


@pytest.fixture(scope="module")
def browser(chromium):
    with Browser() as b:
        yield b


def url(site, page="index.html"):
    return (site.index.parent / page).as_uri()


@pytest.mark.parametrize("page", ["index.html", "conformance.html", "findings.html"])
def test_every_page_loads_without_console_errors_or_failed_loads(browser, site, page):
    browser.open(url(site, page), *DESKTOP)
    assert browser.problems() == []
    # the stylesheet applied: the header is the dark bar of site.css, not the browser default
    assert browser.evaluate("getComputedStyle(document.querySelector('header.top')).backgroundColor") == "rgb(29, 35, 48)"


def test_a_broken_page_is_noticed(browser, tmp_path):
    """The check above can fail: a missing stylesheet and a script error are both reported."""
    bad = tmp_path / "bad.html"
    bad.write_text('<link rel="stylesheet" href="nope.css"><script>console.error("boom"); undefinedName</script>')
    browser.open(bad.as_uri(), *DESKTOP)
    text = " ".join(browser.problems())
    assert "boom" in text and "undefinedName" in text and "nope.css" in text


def test_the_overview_shows_the_matrix_and_the_findings(browser, site):
    browser.open(url(site), *DESKTOP)
    rows = browser.evaluate("[...document.querySelectorAll('#matrix tbody tr')].map(r => r.innerText.replace(/\\s+/g, ' ').trim())")
    assert rows == ["finalizers 100% 70%", "generators 100% 90% !1", "int 100% 100%"]
    headers = browser.evaluate("[...document.querySelectorAll('#matrix thead th')].map(th => th.innerText)")
    assert headers == ["feature", "cpython", "pypy"]
    findings = browser.evaluate("document.querySelector('#findings').innerText")
    assert "unclassified" in findings and "flaky" in findings and "cpython vs pypy" in findings
    assert browser.evaluate("document.querySelectorAll('#findings ol.finding-list li').length") == 5
    # the plots rendered as SVG with points
    charts = "[...document.querySelectorAll('#campaigns svg.chart')]"
    # distinct findings (5 discoveries), programs/s and divergence share (2 campaigns each)
    assert browser.evaluate(charts + ".map(c => c.querySelectorAll('circle').length)") == [5, 2, 2]
    assert browser.evaluate("document.querySelectorAll('#performance svg.chart polyline').length") == 2
    assert browser.evaluate("document.querySelectorAll('#stress .bar.c-forbidden').length") == 1


def test_a_finding_shows_program_outcomes_diff_and_repro(browser, site):
    browser.open(url(site, "findings.html"), *DESKTOP)
    text = browser.evaluate("document.querySelector('details.finding[open]').innerText")
    assert "def __del__(self):" in text
    assert "diverge repro" in text and "--db nightly.db" in text
    first = "document.querySelector('details.finding[open]')"
    assert browser.evaluate(first + ".querySelectorAll('table.outcomes tbody tr').length") == 2
    assert browser.evaluate(first + ".querySelector('pre.diff .d-del').innerText") == "-closing"


@pytest.mark.parametrize("name, size", [("phone", PHONE), ("desktop", DESKTOP)])
def test_screenshots_at_phone_and_desktop_width(browser, site, name, size, tmp_path):
    SHOTS.mkdir(parents=True, exist_ok=True)
    for page in PAGES:
        browser.open(url(site, page), *size)
        # usable: nothing wider than the window (wide tables scroll inside their own box)
        assert browser.evaluate("document.documentElement.scrollWidth") <= size[0]
        shot = browser.screenshot(SHOTS / f"{page.split('.')[0]}-{name}.png")
        assert png_size(shot) == size
        assert png_distinct_rows(shot) > size[1] // 4        # a rendered page, not a blank one
    browser.open("about:blank", *size)
    assert png_distinct_rows(browser.screenshot(tmp_path / "blank.png")) <= 2
