"""One report: collect the data once, write the site, summary.md and report.json into a folder."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from harness.store import Store
from reports.collect import collect
from reports.html import write_site
from reports.jsonout import write_json
from reports.markdown import write_markdown


@dataclass
class Written:
    index: Path
    markdown: Path
    json: Path
    data: dict


def build_report(store: Store | None, out: Path, db_label: str = "", stress: list | None = None,
                 now: float | None = None) -> Written:
    data = collect(store, db_label, stress, now)
    out = Path(out)
    index = write_site(data, out)
    md = write_markdown(data, out / "summary.md", site=str(index.resolve()))
    js = write_json(data, out / "report.json")
    return Written(index.resolve(), md, js, data)
