"""refvm, this project's reference VM, run on a host Python (default: the harness's own).

    refvm                          on the host CPython
    refvm@/usr/bin/pypy3           hosted on PyPy
    refvm:gc=tracing,jit=on        VM options (passed as --gc tracing --jit on)
"""
from __future__ import annotations

import importlib.util
import os
import re
import subprocess
from pathlib import Path

from engines.base import Engine, Identity, probe_python
from engines.classify import RawRun
from engines.errors import UserError
from engines.python import host_python

ROOT = Path(__file__).resolve().parent.parent
EXIT_UNSUPPORTED = 3          # refvm's documented exit status for an unsupported construct
EXIT_INTERNAL = 70            # a host exception escaped refvm (a refvm bug)
_UNSUPPORTED = re.compile(r"^refvm: unsupported: (.*)$", re.M)
_INTERNAL = re.compile(r"^refvm: internal error: (.*)$", re.M)


class RefVM(Engine):
    name = "refvm"
    description = "this project's reference VM (Python in Python)"
    options_allowed = ("gc", "jit", "sched", "seed", "nursery", "jit-threshold", "identity", "hashseed",
                       "explore", "preempt")
    # Not a VM flag: refvm's hash of str/bytes is the host's, which follows PYTHONHASHSEED.
    ENV_OPTIONS = {"hashseed": "PYTHONHASHSEED"}
    fork_mode = "refvm"

    def __init__(self, spec):
        super().__init__(spec)
        seed = self.options.get("hashseed")
        if seed is not None and not (seed.isdigit() and int(seed) <= 4294967295):
            raise UserError(f"engine refvm: hashseed must be an integer 0..4294967295, not {seed!r}")

    def host(self) -> str:
        return self.spec.path or host_python()

    def probe(self) -> Identity:
        if importlib.util.find_spec("refvm.__main__") is None or not (ROOT / "refvm" / "__main__.py").exists():
            return Identity(False, "refvm is not built yet (no refvm/__main__.py)")
        host = probe_python([self.host()], self.host())
        if not host.available:
            return Identity(False, f"refvm host: {host.reason}")
        return Identity(True, "", f"refvm on {host.version}", (3, 10))

    def vm_args(self) -> list[str]:
        args = []
        for key, value in self.options.items():
            if key not in self.ENV_OPTIONS:
                args += [f"--{key}", value]
        if "explore" in self.options:       # many schedules in one run: their outcomes as JSON
            args.append("--json")
        return args

    def session(self, isolation="worker"):
        self.require()           # before compiling with a host that may not exist
        self._compile()
        return super().session(isolation)

    def _compile(self):
        """Byte-compile refvm for its host once: the sandbox uid cannot write __pycache__,
        and compiling refvm's modules from source on every spawn would dominate a run."""
        if getattr(self, "_compiled", False):
            return
        subprocess.run([self.host(), "-m", "compileall", "-q", str(ROOT / "refvm")],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        # an empty run writes refvm's start-up bundle (refvm/_bundle.py), which the
        # sandboxed runs read but cannot write
        subprocess.run([self.host(), "-m", "refvm", os.devnull], cwd=str(ROOT),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
        self._compiled = True

    def env(self):
        env = {"PYTHONPATH": str(ROOT)}
        for key, var in self.ENV_OPTIONS.items():
            if key in self.options:
                env[var] = self.options[key]
        return env

    def spawn_argv(self, program_name):
        # bin/refvm: `-m refvm` without runpy (~3 ms of every fresh process)
        return [self.host(), str(ROOT / "bin" / "refvm")] + self.vm_args() + [program_name]

    def fork_interpreter(self):
        return [self.host()]

    def fork_argv(self, program_name):
        return self.vm_args() + [program_name]

    def interpret(self, raw: RawRun) -> RawRun:
        err = raw.stderr.decode("utf-8", "replace")
        if raw.exit == EXIT_UNSUPPORTED and (m := _UNSUPPORTED.search(err)):
            raw.unsupported = m.group(1)
        elif raw.exit == EXIT_INTERNAL and (m := _INTERNAL.search(err)):
            raw.internal = "refvm internal error: " + m.group(1)
        return raw
