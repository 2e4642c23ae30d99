"""Where a campaign's batches run: in a thread of this process, a local process pool
(--jobs N), or a Dask distributed cluster (--cluster tcp://HOST:PORT).  All run the same
function, fuzz.campaign.work.run_seeds; the client confirms, reduces and stores."""
from __future__ import annotations

import concurrent.futures as cf
import multiprocessing

from engines.errors import UserError
from fuzz.campaign.work import run_seeds


class LocalExecutor:
    def __init__(self, jobs: int):
        self.workers = jobs
        if jobs <= 1:
            self.pool = cf.ThreadPoolExecutor(max_workers=1, thread_name_prefix="campaign")
        else:
            # spawn, not fork: the client has threads (engine sessions, the display)
            self.pool = cf.ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("spawn"))
        self.description = "in-process" if jobs <= 1 else f"{jobs} local processes"

    def submit(self, *args, fn=run_seeds):
        return self.pool.submit(fn, *args)

    def wait_one(self, futures, timeout=None):
        done, _ = cf.wait(futures, timeout=timeout, return_when=cf.FIRST_COMPLETED)
        return done

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskExecutor:
    def __init__(self, address: str):
        try:
            from distributed import Client
        except ImportError:
            raise UserError("--cluster needs dask[distributed] (pip install 'diverge[cluster]')") from None
        try:
            self.client = Client(address, timeout=10)
        except (OSError, TimeoutError) as e:
            raise UserError(f"cannot reach the Dask scheduler at {address}: {e}") from None
        self.workers = max(1, sum(self.client.nthreads().values()))
        self.description = f"Dask cluster {address} ({self.workers} worker threads)"

    def submit(self, *args, fn=run_seeds):
        return self.client.submit(fn, *args, pure=False)

    def wait_one(self, futures, timeout=None):
        from distributed import wait
        try:
            done, _ = wait(list(futures), timeout=timeout, return_when="FIRST_COMPLETED")
        except TimeoutError:
            return set()
        return set(done)

    def close(self):
        self.client.close()


def make_executor(jobs: int, cluster: str | None):
    return DaskExecutor(cluster) if cluster else LocalExecutor(jobs)
