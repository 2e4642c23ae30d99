"""Campaign throughput: programs/s through the whole loop (generate, run, compare, confirm,
store), in-process, on a local process pool, and on a Dask LocalCluster of the same size."""
from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from fuzz.campaign.runner import Campaign, CampaignConfig
from harness.store import Store


@dataclass
class CampaignFigure:
    mode: str
    programs: int
    seconds: float
    divergences: int

    @property
    def rate(self) -> float:
        return self.programs / self.seconds if self.seconds else 0.0


def measure(mode: str, config: CampaignConfig) -> CampaignFigure:
    with tempfile.TemporaryDirectory(prefix="diverge-bench-") as tmp:
        store = Store(Path(tmp) / "bench.db")
        start = time.perf_counter()
        p = Campaign(store, config).run()
        seconds = time.perf_counter() - start
        store.close()
    return CampaignFigure(mode, p.programs, seconds, p.diverging)


def compare_modes(engines: str, count: int, jobs: int, features: dict | None, dask: bool) -> list[CampaignFigure]:
    base = dict(engines=engines, seed=7, count=count, features=features, reduce=False, confirm_runs=1)
    figures = [measure("in-process", CampaignConfig(**base, jobs=1))]
    if jobs > 1:
        figures.append(measure(f"local pool ({jobs} processes)", CampaignConfig(**base, jobs=jobs)))
    if dask:
        from distributed import LocalCluster
        with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None) as cluster:
            figures.append(measure(f"dask LocalCluster ({jobs} workers)",
                                   CampaignConfig(**base, jobs=1, cluster=cluster.scheduler_address)))
    return figures
