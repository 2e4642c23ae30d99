"""The static site: index.html (overview), conformance.html, findings.html and site.css,
rendered with jinja2 from the data of `reports.collect`.  No JavaScript, no fonts, no
network: every page opens from file:// and links only to its neighbours."""
from __future__ import annotations

import shutil
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from reports import charts

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
PAGES = ("index.html", "conformance.html", "findings.html")


def pct(rate) -> str:
    if rate is None:
        return "–"
    if 0.995 <= rate < 1:
        return ">99%"
    return f"{rate * 100:.0f}%"


def truncate_lines(text: str, n: int) -> str:
    lines = (text or "").splitlines()
    return "\n".join(lines[:n] + ([f"… {len(lines) - n} more lines"] if len(lines) > n else []))


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(pct=pct, num=charts.fmt_num, rate_colour=charts.rate_colour,
                       engine_colour=charts.engine_colour, sparkline=charts.sparkline, line_chart=charts.line_chart)
    env.filters.update(
        truncate_lines=truncate_lines,
        class_bar=lambda g: (g["classification"], g["count"], "v-diverge" if g["classification"] != "flaky" else "v-flaky"),
        discovery_point=lambda p: (p["t"], p["total"]),
        points=lambda rows, x, y: [(r[x], r[y]) for r in rows],
        engines_bar=lambda e: (e["engines"], e["findings"], ""),
        with_colour=lambda e: (e, charts.engine_colour(e)),
        bench_series=lambda s: {"name": s["engine"], "colour": charts.engine_colour(s["engine"]),
                                "points": [(p["t"], p["v"]) for p in s["points"]]},
        coverage_series=lambda t: {"name": _coverage_name(t), "colour": _coverage_colour(t), "points": t["points"]},
        coverage_legend=lambda t: (_coverage_name(t), _coverage_colour(t)),
        history_series=lambda e, history: {"name": e, "colour": charts.engine_colour(e),
                                           "points": [(h["started"], h["rate"]) for h in history[e]]},
    )
    return env


def _coverage_name(t: dict) -> str:
    return f"#{t['campaign_id']} {'guided' if t['guided'] else 'blind'}"


def _coverage_colour(t: dict) -> str:
    palette = ("#2f6fb3", "#e07a5f", "#3d9970", "#8e6bbf")
    return palette[t["campaign_id"] % len(palette)]


def write_site(data: dict, out: Path) -> Path:
    """Write the pages and the stylesheet into `out`; returns index.html's path."""
    out.mkdir(parents=True, exist_ok=True)
    env = environment()
    for page in PAGES:
        html = env.get_template(page.replace(".html", ".html.j2")).render(d=data, page=page)
        (out / page).write_text(html, encoding="utf-8")
    shutil.copyfile(STATIC / "site.css", out / "site.css")
    return out / "index.html"
