"""Validity check for the generator: `diverge gen --check N`.

A generated program is *valid* when it runs on CPython without an uncaught
exception, finishes within the timeout, and prints the same output when run
a second time.  The report also gives generation speed (programs per second
of CPU time on one core), the size distribution, and each feature family's
share of programs.
"""
from __future__ import annotations

import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from engines import Limits, resolve

from fuzz.generate import KNOBS, GenConfig, generate


@dataclass
class Invalid:
    seed: int
    reason: str


@dataclass
class CheckReport:
    count: int
    dialect: str
    gen_cpu: float                      # CPU seconds spent generating
    lines: list = field(default_factory=list)
    coverage: dict = field(default_factory=dict)   # feature -> number of programs using it
    invalid: list = field(default_factory=list)

    @property
    def valid(self) -> int:
        return self.count - len(self.invalid)

    @property
    def valid_pct(self) -> float:
        return 100.0 * self.valid / self.count if self.count else 100.0

    @property
    def gen_rate(self) -> float:
        return self.count / self.gen_cpu if self.gen_cpu > 0 else float("inf")

    def lines_summary(self) -> dict:
        ls = sorted(self.lines)
        if not ls:
            return {}
        q = lambda p: ls[min(len(ls) - 1, int(p * len(ls)))]
        return {"min": ls[0], "p10": q(0.1), "median": int(statistics.median(ls)), "p90": q(0.9), "max": ls[-1]}

    def render(self) -> str:
        out = ["generated %d %s programs: %.0f programs/s (CPU, one core)" % (self.count, self.dialect, self.gen_rate)]
        s = self.lines_summary()
        if s:
            out.append("lines: median %(median)d, p10 %(p10)d, p90 %(p90)d, min %(min)d, max %(max)d" % s)
        cov = ", ".join("%s %.0f%%" % (name, 100.0 * self.coverage.get(name, 0) / max(self.count, 1))
                        for name in KNOBS)
        out.append("features: " + cov)
        for bad in self.invalid[:10]:
            out.append("invalid: seed %d: %s" % (bad.seed, bad.reason))
        if len(self.invalid) > 10:
            out.append("invalid: ... and %d more" % (len(self.invalid) - 10))
        out.append("valid: %.2f%% (%d/%d)" % (self.valid_pct, self.valid, self.count))
        return "\n".join(out)


def verdict(first, second, timeout: float):
    """None if the two runs show a valid program, else the reason it is not."""
    for o in (first, second):
        if o.status != "ok":
            what = o.exception or o.detail or ""
            return ("%s %s" % (o.status, what)).strip()
        if o.wall > timeout:
            return "took %.2f s" % o.wall
    if first.stdout != second.stdout:
        return "output differs between two runs"
    return None


def check(count: int, seed: int = 0, config=None, jobs: int = 1, timeout: float = 1.0,
          engine: str = "cpython", progress=None) -> CheckReport:
    cfg = GenConfig.coerce(config)
    t0 = time.process_time()
    programs = [(s, generate(s, cfg)) for s in range(seed, seed + count)]
    report = CheckReport(count, cfg.dialect, time.process_time() - t0)
    for _, p in programs:
        report.lines.append(p.source.count("\n"))
        for f in p.features:
            report.coverage[f] = report.coverage.get(f, 0) + 1
    eng = resolve(engine)
    eng.require()
    limits = Limits(timeout=timeout)
    chunks = [programs[i::jobs] for i in range(jobs)]

    def run_chunk(chunk):
        bad = []
        with eng.session(isolation="worker") as s:
            for seed_, prog in chunk:
                reason = verdict(s.run(prog, limits), s.run(prog, limits), timeout)
                if reason:
                    bad.append(Invalid(seed_, reason))
                if progress:
                    progress()
        return bad

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for bad in pool.map(run_chunk, chunks):
            report.invalid += bad
    report.invalid.sort(key=lambda b: b.seed)
    return report
