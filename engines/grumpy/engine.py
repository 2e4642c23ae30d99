"""The Grumpy engine: Python 2.7 transpiled to Go, run on Grumpy's runtime.

Running a program is: transpile (a construct we do not translate gives the outcome
class `unsupported`), build (one Go binary per batch of programs, cached), and run
each program in its own sandboxed process of that binary (`binary <key>`)."""
from __future__ import annotations

import subprocess
import sys

from engines import sandbox
from engines.base import Engine, Identity, Session
from engines.classify import RawRun
from engines.grumpy import build, paths
from engines.grumpy.build import place_runtime
from engines.grumpy.compile import Compiled, build_many, compile_program
from engines.limits import Limits
from engines.outcome import Outcome
from engines.program import Program


class Grumpy(Engine):
    name = "grumpy"
    description = "Python 2.7 transpiled to Go on Google's Grumpy runtime (no GIL, goroutines, Go GC)"

    def probe(self) -> Identity:
        go = paths.go()
        if go is None:
            return Identity(False, "go not found on PATH (Debian package golang-go)")
        lib = build.library()
        if not lib.get("modules") or not (paths.gopath() / "src" / "grumpy" / "core.go").exists():
            return Identity(False, "Grumpy runtime not set up (run scripts/bootstrap, or "
                                   "python -m engines.grumpy.setup)")
        try:
            gover = subprocess.run([go, "env", "GOVERSION"], capture_output=True, text=True, timeout=30,
                                   env=paths.go_env()).stdout.strip()
        except (OSError, subprocess.TimeoutExpired) as e:
            return Identity(False, f"{go} did not answer: {e}")
        return Identity(True, "", f"Grumpy {lib.get('version', paths.GRUMPY_VERSION)} ({gover})", (2, 7))

    def spawn_argv(self, program_name):
        return [sys.executable, "-m", "engines.grumpy", program_name]

    def sandbox_paths(self):
        paths.bindir().mkdir(parents=True, exist_ok=True)
        return [str(paths.bindir())]

    def session(self, isolation="worker"):
        self.require()
        return GrumpySession(self)


class GrumpySession(Session):
    """Each program in a fresh process of a (batch) binary.  `run_many` transpiles all
    programs, builds them into one binary and runs each; `run` is a batch of one."""
    isolation = "spawn"

    def __init__(self, engine: Engine):
        super().__init__(engine)
        place_runtime()              # the support package as in this checkout (cheap when unchanged)
        self._lib = build.library()
        self._compiled: dict[str, Compiled] = {}

    def compile(self, program: Program) -> Compiled:
        key = program.digest + program.name
        if key not in self._compiled:
            self._compiled[key] = compile_program(program.source, program.name, lib=self._lib)
        return self._compiled[key]

    def run(self, program: Program, limits: Limits = Limits()) -> Outcome:
        return self.run_many([program], limits)[0]

    def run_many(self, programs: list[Program], limits: Limits = Limits()) -> list[Outcome]:
        compiled = [self.compile(p) for p in programs]
        binary, errors = build_many(compiled)
        return [self._run_one(p, c, binary, errors, limits) for p, c in zip(programs, compiled)]

    def _run_one(self, program, c: Compiled, binary, errors: dict, limits) -> Outcome:
        if c.unsupported:
            raw = RawRun(unsupported=c.unsupported, exit=3,
                         stderr=f"grumpy: unsupported: {c.unsupported}\n".encode())
        elif c.syntax_error:
            raw = RawRun(exit=1, stderr=f'  File "{program.name}"\n{c.syntax_error}\n'.encode())
        elif c.key in errors or binary is None:
            raw = RawRun(internal=errors.get(c.key, "no binary built"))
        else:
            build.touch(binary)          # in use: keep it from being pruned
            run = sandbox.RunDir(self.slot.uid)
            try:
                run.write_program(program.name, program.source, self.slot.uid)
                env = sandbox.environment(self.engine.env(), home=str(run.cwd))
                raw = sandbox.spawn([str(binary), c.key], run, env, limits, self.slot.uid)
            finally:
                run.remove()
        return self.engine.outcome(raw, self.isolation)
