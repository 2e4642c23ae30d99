"""The worker side of a campaign: generate programs from seeds, run them on every engine,
compare.  The same function runs in-process, in a local process pool (--jobs) and on Dask
workers (--cluster); each process keeps its engine sessions between batches.
"""
from __future__ import annotations

import atexit
import time
from dataclasses import dataclass, field

from engines import Limits, resolve_many
from fuzz.generate import GenConfig, generate
from harness.differential import Differential

_DIFFS: dict = {}


@dataclass
class SeedResult:
    seed: int
    source_hash: str
    verdict: str
    wall: float
    groups: list = field(default_factory=list)
    source: str | None = None          # only for divergences and errors: the client needs them
    outcomes: dict | None = None
    features: list = field(default_factory=list)


def differential(engine_specs: str, timeout: float) -> Differential:
    key = (engine_specs, timeout)
    if key not in _DIFFS:
        engines = resolve_many(engine_specs)
        for e in engines:
            e.require()
        _DIFFS[key] = Differential(engines, "worker", Limits(timeout=timeout), confirm=False)
    return _DIFFS[key]


@atexit.register
def _close_all():
    for d in _DIFFS.values():
        d.close()
    _DIFFS.clear()


def run_seeds(seeds: list[int], gen_config: dict, engine_specs: str, timeout: float) -> list[SeedResult]:
    diff = differential(engine_specs, timeout)
    cfg = GenConfig.coerce(gen_config)
    results = []
    for seed in seeds:
        start = time.monotonic()
        program = generate(seed, cfg)
        r = diff.run(program)
        res = SeedResult(seed, program.digest, r.verdict.status, time.monotonic() - start, r.verdict.groups,
                         features=list(program.features))
        if r.verdict.status != "agree":
            res.source = program.source
            res.outcomes = {k: v.to_dict() for k, v in r.outcomes.items()}
        results.append(res)
    return results
