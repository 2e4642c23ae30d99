"""Coverage-guided campaigns: `diverge fuzz --guided`.

In the spirit of lafleur's feedback loop (select, mutate, run, analyse), over refvm's
branches instead of the CPython JIT's:

- a share of finished programs (`coverage_sample`) is re-run on refvm under coverage.py
  by a `CoverageSampler` — one measuring process, at lower CPU priority, fed through a
  small queue that drops samples rather than wait, so the differential runs never wait
  for coverage;
- a sampled program that reaches refvm branches nothing reached before joins the
  *corpus*, with energy for the new branches (weighted toward areas still mostly
  uncovered);
- `Guide` turns the samples into the next batch: generator feature weights shift toward
  the families whose programs keep reaching new branches (per program, recently), and a
  share of programs are mutants of corpus programs (fuzz/campaign/mutate.py), parents
  chosen by energy.

A blind campaign with `coverage_sample > 0` measures the same way without the feedback,
so the two can be compared (coverage_timeline in the store: branches reached over time).
"""
from __future__ import annotations

import queue
import random
import threading
import time
from dataclasses import dataclass

from engines.program import Program
from fuzz.campaign.mutate import mutate
from fuzz.campaign.runner import Campaign
from fuzz.campaign.work import SeedResult, differential
from fuzz.generate import GenConfig, generate
from harness.semcov import records
from harness.semcov.measure import Arcs, Server
from harness.semcov.summary import BranchTable, summarize

MUTANT_SHARE = 0.3              # of a guided campaign's programs, once the corpus has entries
WEIGHT_SCALE = 4                # generator weights are ints: guided weights are base * 4 * factor
FACTOR_RANGE = (0.25, 4.0)      # how far a family's weight may move from its default
DECAY = 0.97                    # per sample: recent novelty counts more than old
TIMELINE_EVERY = 10.0           # seconds between coverage_timeline points


@dataclass
class Entry:
    """A corpus program: it reached refvm branches nothing had reached before it."""
    seed: int
    source: str
    features: tuple
    new: int
    energy: float


class Guide:
    """The feedback state: reached branches per area, the corpus, per-family novelty."""

    def __init__(self, table: BranchTable, base_features: dict, baseline: dict | None = None):
        self.table = table
        # importing refvm already takes some branches: counted as reached, as in `diverge coverage`
        self.reached: set = table.branches(baseline or {})
        self.reached_per_area: dict[str, int] = {}
        for b in self.reached:
            self.reached_per_area[table.area[b]] = self.reached_per_area.get(table.area[b], 0) + 1
        self.corpus: list[Entry] = []
        self.base = {f: w for f, w in base_features.items() if w > 0}
        self.credit = {f: 1.0 for f in self.base}     # decayed new-branch credit ...
        self.uses = {f: 1.0 for f in self.base}       # ... per decayed use
        self.lock = threading.Lock()

    def deficit(self, area: str) -> float:
        total = self.table.per_area.get(area, 0)
        return 1.0 - self.reached_per_area.get(area, 0) / total if total else 0.0

    def observe(self, seed: int, source: str, features, arcs: dict) -> int:
        """One sampled program's arcs; returns how many branches were new."""
        with self.lock:
            new = self.table.branches(arcs) - self.reached
            self.reached |= new
            score = 0.0
            for b in new:
                area = self.table.area[b]
                self.reached_per_area[area] = self.reached_per_area.get(area, 0) + 1
                score += 0.5 + self.deficit(area)
            fams = [f for f in features if f in self.base] or list(self.base)
            for f in self.base:
                self.credit[f] *= DECAY
                self.uses[f] *= DECAY
            for f in fams:
                self.credit[f] += score / len(fams)
                self.uses[f] += 1.0 / len(fams)
            if new:
                self.corpus.append(Entry(seed, source, tuple(features), len(new), score))
            return len(new)

    def weights(self) -> dict:
        """Generator feature weights: default weight x (the family's novelty rate / the mean rate)."""
        with self.lock:
            rate = {f: self.credit[f] / self.uses[f] for f in self.base}
        mean = sum(rate.values()) / len(rate) if rate else 1.0
        lo, hi = FACTOR_RANGE
        out = {}
        for f, w in self.base.items():
            factor = min(hi, max(lo, rate[f] / mean if mean > 0 else 1.0))
            out[f] = max(1, round(w * WEIGHT_SCALE * factor))
        return out

    def pick_parent(self, rng: random.Random) -> Entry | None:
        with self.lock:
            if not self.corpus:
                return None
            total = sum(e.energy for e in self.corpus)
            x = rng.random() * total
            for e in self.corpus:
                x -= e.energy
                if x <= 0:
                    break
            e.energy = max(0.05, e.energy * 0.9)     # a parent used often loses priority
            return e


class CoverageSampler:
    """Measures a share of the campaign's programs on refvm under coverage.py, off the
    campaign's path: `offer` never blocks (a full queue drops the sample)."""

    def __init__(self, guide: Guide, server: Server, timeout: float, on_new=None):
        self.guide = guide
        self.server = server
        self.timeout = timeout
        self.arcs = Arcs(server.baseline)
        self.sampled = 0
        self.dropped = 0
        self.error: str | None = None      # why the sampler stopped, if it did
        self.q: queue.Queue = queue.Queue(maxsize=4)
        self.thread = threading.Thread(target=self._run, name="coverage-sampler", daemon=True)
        self.thread.start()

    def offer(self, item) -> bool:
        if self.error:
            self.dropped += 1
            return False
        try:
            self.q.put_nowait(item)
            return True
        except queue.Full:
            self.dropped += 1
            return False

    def _run(self):
        while True:
            item = self.q.get()
            if item is None:
                return
            seed, source_fn, features = item
            try:
                source = source_fn()
                m = self.server.run(source, self.timeout)
            except Exception as e:      # the campaign goes on unmeasured; the panel says why
                self.error = f"{type(e).__name__}: {e}"
                self._drain()
                return
            self.arcs.add(m.arcs)
            self.guide.observe(seed, source, features, m.arcs)
            self.sampled += 1

    def _drain(self):
        while True:
            try:
                if self.q.get_nowait() is not None:
                    self.dropped += 1
            except queue.Empty:
                return

    def close(self):
        self._drain()                    # the campaign is over: pending samples are dropped
        self.q.put(None)
        self.thread.join(timeout=60)
        self.server.close()


def run_sources(items: list, dialect: str, engine_specs: str, timeout: float) -> list[SeedResult]:
    """The worker side for mutants: like work.run_seeds, but the programs come as source."""
    diff = differential(engine_specs, timeout)
    out = []
    for seed, source, features in items:
        start = time.monotonic()
        program = Program(source, dialect, tuple(features), {"mutant": True, "seed": seed}, name="prog.py")
        r = diff.run(program)
        res = SeedResult(seed, program.digest, r.verdict.status, time.monotonic() - start, r.verdict.groups,
                         features=list(features))
        if r.verdict.status != "agree":
            res.source = source
            res.outcomes = {k: v.to_dict() for k, v in r.outcomes.items()}
        out.append(res)
    return out


class GuidedCampaign(Campaign):
    """A campaign that samples coverage and (when `config.guided`) steers by it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cfg = self.config
        self._server = Server(nice=10)
        self._table = BranchTable(Arcs(self._server.baseline))
        self.guide = Guide(self._table, GenConfig.coerce(self.gen_config).features, self._server.baseline)
        self.sampler = CoverageSampler(self.guide, self._server, cfg.timeout)
        self._rng = random.Random(cfg.seed)
        self._configs: dict[int, dict] = {}
        self._mutants: dict[int, tuple] = {}
        self._count = 0
        self._last_point = 0.0
        self.progress.started = time.monotonic()     # the clock starts once coverage is ready

    # -- what the next batch is ----------------------------------------------------------
    def _submit(self, executor, batch):
        cfg = self.config
        if not cfg.guided:
            return super()._submit(executor, batch)
        gen_cfg = dict(self.gen_config, features=self.guide.weights())
        plain, mutants = [], []
        for seed in batch:
            parent = self.guide.pick_parent(self._rng) if self._rng.random() < MUTANT_SHARE else None
            m = mutate(parent.source, seed) if parent else None
            if m is None:
                plain.append(seed)
                self._configs[seed] = gen_cfg
                continue
            source, ops = m
            self._configs[seed] = {"mutant_of": parent.seed, "edits": ops}
            self._mutants[seed] = (parent.seed, source, parent.features)
            mutants.append((seed, source, list(parent.features)))
        futures = []
        if plain:
            futures.append(executor.submit(plain, gen_cfg, cfg.engines, cfg.timeout))
        if mutants:
            futures.append(executor.submit(mutants, cfg.dialect, cfg.engines, cfg.timeout, fn=run_sources))
        return futures

    def _gen_config_of(self, res: SeedResult) -> dict:
        return self._configs.pop(res.seed, self.gen_config)

    # -- each finished program -------------------------------------------------------------
    def _handle(self, res: SeedResult):
        mutant = self._mutants.pop(res.seed, None)
        if mutant is not None:
            records.record_mutant(self.store, self.id, res.seed, mutant[0], mutant[1])
        cfg = self._configs.get(res.seed, self.gen_config)
        super()._handle(res)
        self._count += 1
        share = self.config.coverage_sample
        if share > 0 and (self._count * share) // 1 != ((self._count - 1) * share) // 1:
            if mutant is not None:
                src = mutant[1]
                self.sampler.offer((res.seed, lambda: src, res.features))
            else:
                self.sampler.offer((res.seed, lambda: generate(res.seed, GenConfig.coerce(cfg)).source,
                                    res.features))
        self._maybe_point()

    def _maybe_point(self, force: bool = False):
        elapsed = time.monotonic() - self.progress.started
        if force or elapsed - self._last_point >= TIMELINE_EVERY:
            self._last_point = elapsed
            records.record_point(self.store, self.id, elapsed, self.progress.programs, self.sampler.sampled,
                                 len(self.guide.reached))
            self.progress.coverage = (f"{len(self.guide.reached)} refvm branches "
                                      f"({self.sampler.sampled} sampled, corpus {len(self.guide.corpus)})")
            if self.sampler.error:
                self.progress.coverage = f"coverage sampling stopped: {self.sampler.error}"

    def run(self):
        try:
            return super().run()
        finally:
            self.sampler.close()
            self._maybe_point(force=True)
            summary = summarize(self.sampler.arcs)
            records.record_run(self.store, "campaign", summary, self.sampler.sampled, self.id,
                               {"sampled_share": self.config.coverage_sample, "guided": self.config.guided,
                                "dropped": self.sampler.dropped, "corpus": len(self.guide.corpus)})
            self.summary = summary
