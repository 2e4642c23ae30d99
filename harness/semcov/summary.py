"""From measured arcs to semantic coverage: per-area line and branch figures, the
branches nothing reached, and coverage.py's own HTML report (annotated source).

coverage.py decides what a statement and a branch are: the arcs are written into a
coverage data file and read back through its public API (json_report, html_report),
so our figures are exactly the ones its reports show.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field

import coverage
from coverage import CoverageData

from harness.semcov.areas import OMIT, area_names, definitions, line_areas, omitted
from harness.semcov.measure import ROOT, Arcs

REFVM = os.path.join(ROOT, "refvm")


@dataclass
class AreaRow:
    area: str
    lines: int = 0
    lines_hit: int = 0
    branches: int = 0
    branches_hit: int = 0

    @property
    def line_pct(self) -> float:
        return 100.0 * self.lines_hit / self.lines if self.lines else 100.0

    @property
    def branch_pct(self) -> float:
        return 100.0 * self.branches_hit / self.branches if self.branches else 100.0

    def to_dict(self) -> dict:
        d = asdict(self)
        d["line_pct"], d["branch_pct"] = round(self.line_pct, 2), round(self.branch_pct, 2)
        return d


@dataclass(frozen=True)
class Branch:
    """One branch of refvm: from line `src` to line `dst` (negative: leaving the function)."""
    path: str
    src: int
    dst: int
    area: str
    where: str                        # the enclosing definition, or "" at module level
    partial: bool                     # its line ran (another way out was taken)

    def label(self) -> str:
        to = "exit" if self.dst < 0 else str(self.dst)
        return f"{self.path}:{self.src}->{to}" + (f" ({self.where})" if self.where else "")


@dataclass
class Summary:
    areas: list[AreaRow]
    total: AreaRow
    uncovered: list[Branch] = field(default_factory=list)
    html: str | None = None

    def to_dict(self) -> dict:
        return {"areas": [a.to_dict() for a in self.areas], "total": self.total.to_dict(),
                "uncovered_count": len(self.uncovered),
                "uncovered_partial": sum(b.partial for b in self.uncovered),
                "uncovered": [asdict(b) for b in self.uncovered], "html": self.html}


def new_coverage(data_file: str) -> coverage.Coverage:
    return coverage.Coverage(data_file=data_file, branch=True, source=[REFVM], config_file=False,
                             omit=[os.path.join(ROOT, g) for g in OMIT])


def coverage_json(arcs: Arcs, html_dir: str | None = None) -> dict:
    """coverage.py's JSON report over refvm for these arcs (and its HTML report, if asked)."""
    with tempfile.TemporaryDirectory(prefix="semcov-") as tmp:
        data_file = os.path.join(tmp, ".coverage")
        data = CoverageData(basename=data_file)
        data.add_arcs({os.path.join(ROOT, p): list(v) for p, v in arcs.files.items()})
        data.touch_files(refvm_files())       # a module nothing imported still counts, at 0%
        data.write()
        cov = new_coverage(data_file)
        cov.load()
        out = os.path.join(tmp, "coverage.json")
        cov.json_report(outfile=out)
        if html_dir:
            cov.html_report(directory=html_dir, title="refvm semantic coverage")
        with open(out) as f:
            return json.load(f)


def refvm_files() -> list[str]:
    out = []
    for dirpath, _, names in os.walk(REFVM):
        for n in names:
            path = os.path.join(dirpath, n)
            if n.endswith(".py") and not omitted(os.path.relpath(path, ROOT)):
                out.append(path)
    return sorted(out)


def _where(path: str) -> dict[int, str]:
    """line -> innermost enclosing definition name."""
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        defs = definitions(f.read())
    out: dict[int, str] = {}
    for first, last, name in defs:
        for i in range(first, last + 1):
            out[i] = name
    return out


def _areas_of(path: str) -> dict[int, str]:
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        return line_areas(path, f.read())


def summarize(arcs: Arcs, html_dir: str | None = None) -> Summary:
    report = coverage_json(arcs, html_dir)
    rows = {a: AreaRow(a) for a in area_names()}
    uncovered = []
    for abspath, f in sorted(report["files"].items()):
        path = os.path.relpath(abspath, ROOT)
        areas = _areas_of(path)
        where = _where(path)
        for n in f["executed_lines"]:
            r = rows[areas.get(n, "other")]
            r.lines += 1
            r.lines_hit += 1
        for n in f["missing_lines"]:
            rows[areas.get(n, "other")].lines += 1
        for a, _ in f.get("executed_branches", []):
            r = rows[areas.get(a, "other")]
            r.branches += 1
            r.branches_hit += 1
        ran = set(f["executed_lines"])
        for a, b in f.get("missing_branches", []):
            area = areas.get(a, "other")
            rows[area].branches += 1
            uncovered.append(Branch(path, a, b, area, where.get(a, ""), a in ran))
    total = AreaRow("total", sum(r.lines for r in rows.values()), sum(r.lines_hit for r in rows.values()),
                    sum(r.branches for r in rows.values()), sum(r.branches_hit for r in rows.values()))
    order = area_names()
    uncovered.sort(key=lambda b: (order.index(b.area), b.path, b.src, b.dst))
    # every named area is listed, even one whose package does not exist yet (0 lines); "other" only if used
    return Summary([r for r in rows.values() if r.area != "other" or r.lines], total, uncovered,
                   os.path.join(html_dir, "index.html") if html_dir else None)


class BranchTable:
    """Every branch of refvm with its area: what the guided campaign aims at.  Built once
    from coverage.py's analysis of the baseline (its executed + missing branches)."""

    def __init__(self, baseline: Arcs):
        report = coverage_json(baseline)
        self.area: dict[tuple, str] = {}
        for abspath, f in report["files"].items():
            path = os.path.relpath(abspath, ROOT)
            areas = _areas_of(path)
            for a, b in f.get("executed_branches", []) + f.get("missing_branches", []):
                self.area[(path, a, b)] = areas.get(a, "other")
        self.per_area: dict[str, int] = {}
        for a in self.area.values():
            self.per_area[a] = self.per_area.get(a, 0) + 1

    def branches(self, arcs: dict) -> set:
        """The branches among one program's arcs."""
        out = set()
        for path, pairs in arcs.items():
            for a, b in pairs:
                if (path, a, b) in self.area:
                    out.add((path, a, b))
        return out
