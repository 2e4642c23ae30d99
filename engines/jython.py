"""Jython 2.7: Python on the JVM (no GIL, JVM GC).  Cannot fork: runs batches."""
from __future__ import annotations

import shutil
from pathlib import Path

from engines.base import Engine, Identity, probe_python

BATCHRUNNER = Path(__file__).parent / "worker" / "batchrunner.py"
# Jython's package scan of the JDK writes a cache it cannot create as the sandbox uid,
# and takes seconds; programs here do not import Java packages by wildcard.
JVM_FLAGS = ["-Dpython.cachedir.skip=true"]


class Jython(Engine):
    name = "jython"
    description = "Python 2.7 on the JVM"

    def binary(self):
        return self.spec.path or shutil.which("jython")

    def probe(self) -> Identity:
        exe = self.binary()
        if not exe:
            return Identity(False, "jython not found on PATH (Debian package jython)")
        return probe_python([exe] + JVM_FLAGS, exe)

    def spawn_argv(self, program_name):
        return [self.binary()] + JVM_FLAGS + [program_name]

    def batch_argv(self):
        return [self.binary()] + JVM_FLAGS + [str(BATCHRUNNER)]
