"""A campaign: generate → run on every engine → compare → confirm → bucket → reduce → store.

Program seeds are derived from the campaign seed (`seed * 10**9 + i`), so a campaign is
a deterministic sequence of programs: `--resume` skips the ones the store has finished,
and any finding names the seed and generator config that regenerate its program.
"""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Callable

from engines import Limits, Program, resolve_many
from engines.errors import UserError
from fuzz.campaign.executors import make_executor
from fuzz.campaign.signature import divergence, shape
from fuzz.campaign.triage import Triage
from fuzz.campaign.work import SeedResult
from fuzz.generate import GenConfig
from fuzz.reduce import reduce_program
from harness.differential import Differential, Result
from harness.store import NewFinding, Store
from engines.outcome import Outcome
from harness.compare import compare

SEED_STRIDE = 10 ** 9


@dataclass
class CampaignConfig:
    engines: str
    seed: int = 0
    count: int | None = None              # programs; None with time_limit = until the time is up
    time_limit: float | None = None       # seconds
    dialect: str = "py3"
    features: dict | None = None          # generator feature weights (None: the generator's defaults)
    jobs: int = 1
    cluster: str | None = None
    reduce: bool = True
    confirm_runs: int = 3
    timeout: float = 10.0
    reduce_budget: float = 60.0
    reductions_per_divergence: int = 3    # reduce at most this many hits of one divergence kind
    explain: bool = True                  # classify each new finding (harness.explain, fuzz/campaign/triage.py)
    batch: int = 8
    guided: bool = False                  # steer by refvm coverage (fuzz/campaign/guided.py)
    coverage_sample: float = 0.0          # share of programs measured on refvm under coverage.py

    def gen_config(self) -> dict:
        cfg = {"dialect": self.dialect}
        if self.features is not None:
            cfg["features"] = self.features
        return GenConfig.coerce(cfg).to_dict()

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "CampaignConfig":
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


def resume_config(store: Store, jobs: int, cluster: str | None, time_limit: float | None):
    """The stored config of the store's last campaign (how it runs may change: jobs, cluster, time)."""
    last = store.last_campaign()
    if last is None:
        raise UserError(f"{store.path}: no campaign to resume")
    cid, saved = last
    config = CampaignConfig.from_dict(saved)
    config.jobs, config.cluster = jobs, cluster
    if time_limit:
        config.time_limit = time_limit
    return cid, config


@dataclass
class Progress:
    programs: int = 0
    diverging: int = 0
    confirmed: int = 0
    flaky: int = 0
    errors: int = 0
    findings: int = 0
    new_findings: int = 0
    started: float = field(default_factory=time.monotonic)
    deadline: float | None = None
    total: int | None = None
    reductions: list = field(default_factory=list)     # fuzz.reduce.Reduction of this run
    coverage: str = ""                                  # sampled refvm coverage, when measured

    @property
    def rate(self) -> float:
        return self.programs / max(1e-9, time.monotonic() - self.started)

    @property
    def time_left(self) -> float | None:
        return None if self.deadline is None else max(0.0, self.deadline - time.monotonic())


class Campaign:
    def __init__(self, store: Store, config: CampaignConfig, campaign_id: int | None = None,
                 on_progress: Callable[[Progress], None] | None = None):
        """A new campaign, or (with `campaign_id`) the continuation of a stored one."""
        self.store = store
        self.config = config
        self.on_progress = on_progress or (lambda p: None)
        self.engines = resolve_many(config.engines)
        for e in self.engines:
            e.require()
        self.gen_config = config.gen_config()
        if campaign_id is None:
            self.id = store.new_campaign(config.to_dict(), {e.label: e.version for e in self.engines})
        else:
            self.id = campaign_id
        self.done = store.done_seeds(self.id)
        self.progress = Progress(total=config.count, programs=len(self.done))
        self._signatures_by_kind: dict[str, Counter] = defaultdict(Counter)
        self._reduced_kinds: Counter = Counter()
        for f in store.findings():
            kind = f.signature.rsplit(" #", 1)[0]
            self._signatures_by_kind[kind][f.signature] += f.count
            if f.reduced:
                self._reduced_kinds[kind] += 1
        self.progress.findings = len(store.findings())
        self._confirm = Differential(self.engines, "spawn", Limits(timeout=config.timeout), confirm=False)
        self._reducer = Differential(self.engines, "worker", Limits(timeout=config.timeout), confirm=False)
        self._triage = Triage(store, self.engines, Limits(timeout=config.timeout)) if config.explain else None

    # -- the loop -------------------------------------------------------------------------
    def run(self) -> Progress:
        cfg = self.config
        executor = make_executor(cfg.jobs, cfg.cluster)
        if cfg.time_limit:
            self.progress.deadline = time.monotonic() + cfg.time_limit
        seeds = self._seeds()
        inflight = set()
        status = "interrupted"
        try:
            while True:
                while len(inflight) < 2 * executor.workers and self._may_start():
                    batch = [s for _, s in zip(range(cfg.batch), seeds)]
                    if not batch:
                        break
                    inflight.update(self._submit(executor, batch))
                if not inflight:
                    break
                for fut in executor.wait_one(inflight, timeout=1.0):
                    inflight.discard(fut)
                    for res in fut.result():
                        self._handle(res)
                self.on_progress(self.progress)
            status = "finished"
        finally:
            for fut in inflight:
                fut.cancel()
            executor.close()
            self._confirm.close()
            self._reducer.close()
            self.store.finish_campaign(self.id, status)
        return self.progress

    def _submit(self, executor, batch) -> list:
        return [executor.submit(batch, self.gen_config, self.config.engines, self.config.timeout)]

    def _gen_config_of(self, res: SeedResult) -> dict:
        """The generator config a finished program was made with (guided campaigns vary it)."""
        return self.gen_config

    def _seeds(self):
        i = 0
        while True:
            seed = self.config.seed * SEED_STRIDE + i
            i += 1
            if self.config.count is not None and i > self.config.count:
                return
            if seed not in self.done:
                yield seed

    def _may_start(self) -> bool:
        if self.progress.deadline is not None and time.monotonic() >= self.progress.deadline:
            return False
        return True

    # -- one program's result -------------------------------------------------------------
    def _handle(self, res: SeedResult):
        p = self.progress
        gen_config = self._gen_config_of(res)
        p.programs += 1
        if res.verdict == "agree":
            self.store.record_program(self.id, res.seed, gen_config, res.source_hash, "agree", res.wall)
            return
        if res.verdict == "error":
            p.errors += 1
            self.store.record_program(self.id, res.seed, gen_config, res.source_hash, "error", res.wall)
            return
        p.diverging += 1
        program = Program(res.source, self.config.dialect, tuple(res.features),
                          {"generator": "diverge", "seed": res.seed, "config": gen_config})
        first = Result(program, {k: Outcome.from_dict(v) for k, v in res.outcomes.items()},
                       compare({k: Outcome.from_dict(v) for k, v in res.outcomes.items()}))
        kind = divergence(first)
        rate = self._confirm_rate(program, kind)
        if rate == 1.0:
            p.confirmed += 1
        else:
            p.flaky += 1
        signature, reduced, outcomes = self._bucket(program, first, kind, rate)
        new = not self.store.has_signature(signature)
        finding = NewFinding(signature=signature, engines=first.verdict.groups, dialect=program.dialect,
                             features=list(program.features), original=program.source, reduced=reduced,
                             outcomes=outcomes, origin=program.origin, flaky_rate=rate,
                             classification="unclassified" if rate == 1.0 else "flaky")
        fid = self.store.record_program(self.id, res.seed, gen_config, res.source_hash,
                                        "diverge" if rate == 1.0 else "flaky", res.wall, finding)
        self._signatures_by_kind[kind][signature] += 1
        if new:
            p.findings += 1
            p.new_findings += 1
            if self._triage is not None and fid is not None:
                self._triage.classify(fid)

    def _confirm_rate(self, program: Program, kind: str) -> float:
        """Re-run in fresh processes; the share of runs that show the same divergence."""
        runs = self.config.confirm_runs
        if runs <= 0:
            return 1.0
        same = sum(divergence(r) == kind and r.verdict.status == "diverge"
                   for r in (self._confirm.run(program) for _ in range(runs)))
        return same / runs

    def _bucket(self, program: Program, first: Result, kind: str, rate: float):
        """The signature for this hit, and (when reduced now) the reduced program and its outcomes."""
        known = self._signatures_by_kind.get(kind)
        may_reduce = self.config.reduce and rate > 0 and self._reduced_kinds[kind] < self.config.reductions_per_divergence
        if not may_reduce:
            if known:                     # counted to the most common finding of this kind
                return known.most_common(1)[0][0], None, _outcomes(first)
            # An unreduced program's shape says nothing about the cause (and would depend on
            # which hit arrived first): bucket by the divergence alone.
            return f"{kind} #unreduced", None, _outcomes(first)
        runs = 1 if rate == 1.0 else max(2, self.config.confirm_runs)
        red = reduce_program(program, self._reducer, runs=runs, budget=self.config.reduce_budget, target=kind)
        self.progress.reductions.append(red)
        self._reduced_kinds[kind] += 1
        if red.timed_out and known:
            # a reduction cut short has no reliable shape: count it to this kind's main finding
            return known.most_common(1)[0][0], None, _outcomes(first)
        reduced_result = self._reducer.run(Program(red.reduced, program.dialect, program.features, program.origin))
        return f"{kind} #{shape(red.reduced)}", red.reduced, _outcomes(reduced_result)


def _outcomes(result: Result) -> dict:
    return {label: {"status": o.status, "exit": o.exit, "exception": o.exception, "message": o.message,
                    "stdout": o.stdout, "stderr": o.stderr[-4000:], "version": o.version}
            for label, o in result.outcomes.items()}
