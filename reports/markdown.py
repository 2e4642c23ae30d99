"""The Markdown summary (summary.md): short enough for a pull-request comment.

Conformance per engine with the change since the previous run, gate failures, findings by
classification with the top ones and their repro commands, the latest benchmark figures,
stress tests that saw a forbidden outcome."""
from __future__ import annotations

from pathlib import Path

from reports.coverage import markdown_lines as coverage_markdown
from reports.html import pct

MAX_ROWS = 10


def _esc(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _delta(now, before) -> str:
    if now is None or before is None:
        return ""
    d = (now - before) * 100
    return "±0" if abs(d) < 0.05 else f"{d:+.1f} pt"


def conformance_lines(conf: dict) -> list[str]:
    latest = conf["latest"]
    if not latest:
        return ["No conformance run recorded.", ""]
    runs = conf["runs"]
    prev = runs[-2]["totals"] if len(runs) > 1 else {}
    lines = [f"### Conformance — run #{latest['run']} ({latest['started_iso']}, {len(latest['features'])} features)", "",
             "| engine | version | passed | rate | Δ | gate failures | known failures |",
             "|---|---|--:|--:|--:|--:|--:|"]
    for e in latest["engines"]:
        c = latest["totals"][e]
        known = sum(n for s, n in c["statuses"].items() if s in ("xfail", "flaky"))
        lines.append(f"| {e} | {_esc(latest['versions'][e])} | {c['passed']}/{c['run']} | {pct(c['rate'])} | "
                     f"{_delta(c['rate'], prev.get(e, {}).get('rate'))} | {'**%d**' % c['bad'] if c['bad'] else 0} | {known} |")
    lines.append("")
    if latest["problems"]:
        lines.append(f"**Gate failures ({len(latest['problems'])}):**")
        lines.append("")
        for r in latest["problems"][:MAX_ROWS]:
            lines.append(f"- `{r['case_id']}` on {r['engine']}: {r['status']} — {_esc(r['detail'] or r['reason'])[:160]}")
        if len(latest["problems"]) > MAX_ROWS:
            lines.append(f"- … and {len(latest['problems']) - MAX_ROWS} more")
        lines.append("")
    if latest["changes"]:
        lines.append(f"{len(latest['changes'])} case(s) changed status since run #{latest['previous_run']}.")
        lines.append("")
    return lines


def findings_lines(findings: dict) -> list[str]:
    if not findings["total"]:
        return ["### Findings", "", "No findings.", ""]
    by = ", ".join(f"{g['count']} {g['classification']}" for g in findings["groups"])
    lines = [f"### Findings — {findings['total']} ({by})", "",
             "| id | classification | engines | hits | lines | repro |", "|--:|---|---|--:|--:|---|"]
    top = sorted((f for g in findings["groups"] for f in g["findings"]), key=lambda f: (-f["count"], f["id"]))
    for f in top[:MAX_ROWS]:
        lines.append(f"| {f['id']} | {f['classification']} | {_esc(f['title'])} | {f['count']} | {f['lines']} | "
                     f"`{f['repro']}` |")
    if len(top) > MAX_ROWS:
        lines.append(f"\n… and {len(top) - MAX_ROWS} more in the HTML report.")
    lines.append("")
    return lines


def campaign_lines(campaigns: dict) -> list[str]:
    if not campaigns["list"]:
        return []
    c = campaigns["list"][-1]
    v = ", ".join(f"{n} {k}" for k, n in sorted(c["verdicts"].items()))
    return [f"### Campaigns — {len(campaigns['list'])}", "",
            f"Latest: #{c['id']} ({c['started_iso']}, {c['status']}) on {', '.join(c['engines'])}: "
            f"{c['programs']} programs ({v or 'none'}).", ""]


def bench_lines(bench: dict) -> list[str]:
    if not bench["charts"]:
        return []
    lines = ["### Benchmarks", "", "| benchmark | engine | latest | change |", "|---|---|--:|--:|"]
    for chart in bench["charts"]:
        for s in chart["series"]:
            change = f"{s['change'] * 100:+.1f}%" if s["change"] is not None else ""
            lines.append(f"| {chart['benchmark']} | {s['engine']} | {s['latest']:.4g} {chart['unit']} | {change} |")
    lines.append("")
    return lines


def stress_lines(stress: dict) -> list[str]:
    if not stress["tests"]:
        return []
    bad = [t for t in stress["tests"] if t["forbidden"]]
    lines = [f"### Thread stress — {len(stress['tests'])} tests, {len(bad)} with forbidden outcomes", ""]
    for t in bad[:MAX_ROWS]:
        engines = ", ".join(f"{r['engine']} {r['forbidden']}/{r['runs']}" for r in t["engines"] if r["forbidden"])
        lines.append(f"- `{t['test']}`: forbidden outcomes on {engines}")
    lines.append("")
    return lines


def render_markdown(data: dict, site: str = "") -> str:
    lines = ["## diverge report", "",
             f"Generated {data['generated_iso']}" + (f" from `{data['db']}`" if data["db"] else "")
             + (f" · full report: `{site}`" if site else ""), ""]
    lines += conformance_lines(data["conformance"])
    lines += findings_lines(data["findings"])
    lines += campaign_lines(data["campaigns"])
    lines += bench_lines(data["bench"])
    lines += stress_lines(data["stress"])
    lines += coverage_markdown(data.get("coverage") or {"suite": None, "campaign": None})
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(data: dict, path: Path, site: str = "") -> Path:
    path.write_text(render_markdown(data, site), encoding="utf-8")
    return path
