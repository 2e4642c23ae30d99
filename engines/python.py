"""Engines that are a Python interpreter binary: CPython and PyPy (they can fork)."""
from __future__ import annotations

import shutil
import sys

from engines import sandbox
from engines.base import Engine, Identity, probe_python


def host_python() -> str:
    """The host interpreter, if a sandbox uid can run it; otherwise Debian's python3.11.
    (A pyenv interpreter under /root is out of the sandbox uid's reach.)"""
    if sandbox.reachable_by_others(sys.executable) or not sandbox.IS_ROOT:
        return sys.executable
    for candidate in ("/usr/bin/python3.11", "/usr/bin/python3"):
        if sandbox.reachable_by_others(candidate):
            return candidate
    return sys.executable


class InterpreterEngine(Engine):
    default_binary = ""

    def binary(self) -> str | None:
        if self.spec.path:
            return self.spec.path
        return shutil.which(self.default_binary)

    def probe(self) -> Identity:
        exe = self.binary()
        if not exe:
            return Identity(False, f"{self.default_binary} not found on PATH")
        ident = probe_python([exe], exe)
        if ident.available and not self.accepts(ident.version):
            return Identity(False, f"{exe} is {ident.version}, not {self.name}")
        return ident

    def accepts(self, version: str) -> bool:
        return True

    def spawn_argv(self, program_name):
        return [self.binary(), program_name]

    def fork_interpreter(self):
        return [self.binary()]


class CPython(InterpreterEngine):
    name = "cpython"
    description = "the reference implementation (default: the host interpreter)"

    def binary(self):
        return self.spec.path or host_python()

    def accepts(self, version):
        return version.startswith("CPython")


class PyPy(InterpreterEngine):
    name = "pypy"
    description = "tracing-JIT implementation"
    default_binary = "pypy3"

    def accepts(self, version):
        return version.startswith("PyPy")
