"""The Engine protocol and the sessions that run programs on an engine.

An Engine knows how to start its interpreter (`spawn_argv`), whether it can
fork (`fork_interpreter`), or how to run batches (`batch_argv`).  A Session
holds what is expensive — a sandbox uid, a fork server or a batch runner —
for many programs:

    with engine.session(isolation="worker") as s:
        outcome = s.run(program, Limits(timeout=5))
"""
from __future__ import annotations

import json
import os
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from engines import sandbox
from engines.classify import RawRun, classify
from engines.errors import EngineUnavailable, UserError
from engines.limits import Limits
from engines.outcome import Outcome
from engines.program import Program
from engines.spec import EngineSpec
from engines.worker.batchclient import BatchDied, BatchRunner
from engines.worker.forkclient import ForkServer, WorkerDied

ISOLATIONS = ("worker", "spawn")
PROBE = ("import sys, platform; print(platform.python_implementation()); "
         "print('.'.join(map(str, sys.version_info[:3]))); "
         "print('.'.join(map(str, getattr(sys, 'pypy_version_info', sys.version_info)[:3])))")


@dataclass(frozen=True)
class Identity:
    available: bool
    reason: str = ""
    version: str = ""                 # e.g. "3.11.7" or "PyPy 7.3.11 (Python 3.9.16)"
    level: tuple = ()                 # language level, e.g. (3, 11)


class Engine:
    name = "engine"
    description = ""
    options_allowed: tuple[str, ...] = ()

    def __init__(self, spec: EngineSpec):
        self.spec = spec
        self.label = spec.label
        self.options = dict(spec.options)
        unknown = set(self.options) - set(self.options_allowed)
        if unknown:
            allowed = ", ".join(self.options_allowed) or "none"
            raise UserError(f"engine {self.name}: unknown option {sorted(unknown)[0]!r} (allowed: {allowed})")
        self._identity: Identity | None = None

    def with_options(self, **options: str) -> "Engine":
        """The same engine (host, options) with `options` added or replaced: `refvm` ->
        `refvm:gc=tracing`."""
        return type(self)(EngineSpec(self.spec.name, self.spec.path, {**self.spec.options, **options}))

    # -- identity ---------------------------------------------------------------------------
    def identity(self) -> Identity:
        if self._identity is None:
            self._identity = self.probe()
        return self._identity

    def probe(self) -> Identity:
        raise NotImplementedError

    def available(self) -> tuple[bool, str]:
        ident = self.identity()
        return ident.available, ident.reason

    @property
    def version(self) -> str:
        return self.identity().version

    @property
    def language_level(self) -> tuple:
        return self.identity().level

    def covers(self, dialect: str) -> bool:
        """Can this engine's language level run programs of `dialect`?"""
        level = self.language_level
        if not level:
            return False
        if dialect == "py3":
            return level[0] >= 3
        if dialect == "py310":
            return level[:2] >= (3, 10)
        return level[:2] == (2, 7) or level[0] >= 3

    def require(self):
        ok, reason = self.available()
        if not ok:
            raise EngineUnavailable(f"engine {self.label} is not available: {reason}")

    # -- how to run -------------------------------------------------------------------------
    def spawn_argv(self, program_name: str) -> list[str]:
        raise NotImplementedError

    def fork_interpreter(self) -> list[str] | None:
        """The interpreter command that runs forkserver.py, or None if this engine cannot fork."""
        return None

    fork_mode = "script"

    def fork_argv(self, program_name: str) -> list[str]:
        return [program_name]

    def batch_argv(self) -> list[str] | None:
        return None

    def env(self) -> dict:
        return {}

    def sandbox_paths(self) -> list[str]:
        """Files the engine needs that a sandbox uid must be able to reach; if one cannot,
        the engine runs as the harness's user (weaker: see docs/sandbox.md)."""
        argv = self.spawn_argv("prog.py")
        return [argv[0]]

    def interpret(self, raw: RawRun) -> RawRun:
        """Engine-specific reading of a run (markers for unsupported constructs etc.)."""
        return raw

    def session(self, isolation: str = "worker") -> "Session":
        if isolation not in ISOLATIONS:
            raise UserError(f"unknown isolation {isolation!r} (expected worker or spawn)")
        self.require()
        if isolation == "spawn":
            return SpawnSession(self)
        if self.fork_interpreter() is not None:
            return ForkSession(self)
        if self.batch_argv() is not None:
            return BatchSession(self)
        return SpawnSession(self)

    def outcome(self, raw: RawRun, isolation: str) -> Outcome:
        return classify(self.interpret(raw), self.label, self.version, self.options, isolation)

    def __repr__(self):
        return f"<{type(self).__name__} {self.label}>"


class Session:
    isolation = "spawn"

    def __init__(self, engine: Engine):
        self.engine = engine
        self.slot = sandbox.UidSlot(enabled=all(sandbox.reachable_by_others(p) for p in engine.sandbox_paths()))

    def run(self, program: Program, limits: Limits = Limits()) -> Outcome:
        run = sandbox.RunDir(self.slot.uid)
        try:
            path = run.write_program(program.name, program.source, self.slot.uid)
            raw = self._run(program, path, run, limits)
        finally:
            run.remove()
        return self.engine.outcome(raw, self.isolation)

    def _run(self, program, path, run, limits) -> RawRun:
        raise NotImplementedError

    def close(self):
        self.slot.release()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class SpawnSession(Session):
    """One fresh process per program."""

    def _run(self, program, path, run, limits):
        env = sandbox.environment(self.engine.env(), home=str(run.cwd))
        return sandbox.spawn(self.engine.spawn_argv(program.name), run, env, limits, self.slot.uid)


class ForkSession(Session):
    """A fork server started once; each program runs in a fresh fork of it."""
    isolation = "worker"

    def __init__(self, engine: Engine):
        super().__init__(engine)
        self.server: ForkServer | None = None

    def _start(self, limits: Limits):
        env = sandbox.environment(self.engine.env(), home=str(sandbox.runs_root()))
        self.server = ForkServer(self.engine.fork_interpreter(), self.engine.fork_mode, env,
                                 self.slot.uid, network=limits.network)

    def _run(self, program, path, run, limits):
        for attempt in (1, 2):
            try:
                if self.server is None or not self.server.alive():
                    self._start(limits)
                return self.server.run(program.name, self.engine.fork_argv(program.name), run, limits)
            except WorkerDied as e:
                self._stop()
                if attempt == 2:
                    return RawRun(internal=f"worker failed: {e}")
        raise AssertionError("unreachable")

    def _stop(self):
        if self.server is not None:
            self.server.close()
            self.server = None

    def close(self):
        self._stop()
        super().close()


class BatchSession(Session):
    """One long-lived interpreter; each program in a fresh namespace (see batchrunner.py).
    The harness confirms anything a batch shows in a fresh process before reporting it."""
    isolation = "batch"

    def __init__(self, engine: Engine):
        super().__init__(engine)
        self.runner: BatchRunner | None = None

    def _run(self, program, path, run, limits):
        if self.runner is None:
            env = sandbox.environment(self.engine.env(), home=None)
            self.runner = BatchRunner(self.engine.batch_argv(), env, self.slot.uid, limits)
        try:
            return self.runner.run(program.source, program.name, limits)
        except BatchDied as e:
            self.runner.stop()
            return RawRun(internal=f"batch runner failed: {e}")

    def close(self):
        if self.runner is not None:
            self.runner.stop()
        super().close()


# -- probing interpreters, with a cache on disk (Jython takes ~1 s to answer) ---------------------
def _cache_path() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "diverge" / "probes.json"


def probe_python(argv: list[str], key_file: str) -> Identity:
    """Ask an interpreter for its implementation and version (cached by binary path and mtime)."""
    try:
        st = os.stat(key_file)
    except OSError as e:
        return Identity(False, f"{key_file}: {e.strerror}")
    key = f"{' '.join(argv)}|{st.st_mtime_ns}|{st.st_size}"
    cache = _cache_path()
    try:
        entries = json.loads(cache.read_text())
    except (OSError, ValueError):
        entries = {}
    if key in entries:
        e = entries[key]
        return Identity(True, "", e["version"], tuple(e["level"]))
    try:
        p = subprocess.run(argv + ["-c", PROBE], capture_output=True, text=True, timeout=120,
                           env=sandbox.environment(home="/tmp"), stdin=subprocess.DEVNULL)
    except (OSError, subprocess.TimeoutExpired) as e:
        return Identity(False, f"{argv[0]} did not answer: {e}")
    lines = p.stdout.strip().splitlines()
    if p.returncode != 0 or len(lines) < 3:
        last = (p.stderr.strip().splitlines() or ["no output"])[-1]
        return Identity(False, f"{argv[0]} failed to start: {last}")
    impl, ver, impl_ver = lines[0], lines[1], lines[2]
    level = tuple(int(x) for x in ver.split(".")[:2])
    version = f"{impl} {ver}" if impl != "PyPy" else f"PyPy {impl_ver} (Python {ver})"
    entries[key] = {"version": version, "level": list(level), "probed": time.time()}
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(entries, indent=1))
        tmp.replace(cache)
    except OSError:
        pass
    return Identity(True, "", version, level)
