"""The client side of measuring: servers (harness/semcov/server.py) that run programs
on refvm under coverage.py, and `Arcs`, the union of what programs reached.

    with ServerPool(2) as pool:
        for m in pool.map([source, ...], timeout=10):
            arcs.add(m.arcs)
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Iterable, Iterator

from engines.errors import UserError

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@dataclass
class Measured:
    """One program's run on refvm under coverage.py."""
    exit: int | None
    signal: int | None
    timed_out: bool
    wall: float
    arcs: dict                        # repository-relative path -> [[from, to], ...]
    error: str = ""                   # the child's stderr when it failed to measure

    @property
    def status(self) -> str:
        if self.timed_out:
            return "timeout"
        if self.exit is None:
            return "crash"
        return {0: "ok", 1: "exception", 3: "unsupported", 70: "internal-error"}.get(self.exit, "exit %d" % self.exit)


class Arcs:
    """A set of executed arcs per file (repository-relative paths)."""

    def __init__(self, arcs: dict | None = None):
        self.files: dict[str, set] = {}
        if arcs:
            self.add(arcs)

    def add(self, arcs: dict) -> int:
        """Add one program's arcs; returns how many were new."""
        new = 0
        for path, pairs in arcs.items():
            have = self.files.setdefault(path, set())
            before = len(have)
            have.update(tuple(p) for p in pairs)
            new += len(have) - before
        return new

    def update(self, other: "Arcs"):
        for path, pairs in other.files.items():
            self.files.setdefault(path, set()).update(pairs)

    def count(self) -> int:
        return sum(len(v) for v in self.files.values())

    def to_json(self) -> dict:
        return {p: sorted(v) for p, v in sorted(self.files.items())}


class Server:
    """One measuring process."""

    def __init__(self, nice: int = 0):
        env = dict(os.environ)
        env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")
        argv = [sys.executable, "-m", "harness.semcov.server"] + (["--nice", str(nice)] if nice else [])
        self.proc = subprocess.Popen(argv, cwd=ROOT, env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        first = self.proc.stdout.readline()
        if not first:
            raise UserError("the coverage server did not start (is coverage installed? scripts/bootstrap)")
        hello = json.loads(first)
        self.baseline: dict = hello["baseline"]
        self.lock = threading.Lock()

    def run(self, source: str, timeout: float = 10.0, vm_args: list | None = None) -> Measured:
        with self.lock:
            self.proc.stdin.write(json.dumps({"source": source, "timeout": timeout, "vm_args": vm_args or []}) + "\n")
            self.proc.stdin.flush()
            line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the coverage server died (exit %s)" % self.proc.poll())
        r = json.loads(line)
        return Measured(r["exit"], r["signal"], r["timed_out"], r["wall"], r["arcs"], r.get("error", ""))

    def close(self):
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()


class ServerPool:
    """`jobs` servers measuring programs in parallel; results keep the input order."""

    def __init__(self, jobs: int = 1):
        self.servers = [Server() for _ in range(max(1, jobs))]
        self._free = list(self.servers)
        self._cv = threading.Condition()
        self._pool = ThreadPoolExecutor(max_workers=len(self.servers))

    @property
    def baseline(self) -> dict:
        return self.servers[0].baseline

    def _one(self, source, timeout, vm_args):
        with self._cv:
            while not self._free:
                self._cv.wait()
            s = self._free.pop()
        try:
            return s.run(source, timeout, vm_args)
        finally:
            with self._cv:
                self._free.append(s)
                self._cv.notify()

    def map(self, sources: Iterable[str], timeout: float = 10.0, vm_args: list | None = None) -> Iterator[Measured]:
        futures = [self._pool.submit(self._one, s, timeout, vm_args) for s in sources]
        for f in futures:
            yield f.result()

    def close(self):
        self._pool.shutdown(wait=True, cancel_futures=True)
        for s in self.servers:
            s.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
