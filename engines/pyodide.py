"""Pyodide: CPython compiled to WebAssembly, run by Node.  Loads in ~2 s: runs batches.

Pyodide comes from npm, installed by scripts/bootstrap into the project-local
folder `.npm/` (or wherever DIVERGE_PYODIDE_DIR points).
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from engines.base import Engine, Identity

ROOT = Path(__file__).resolve().parent.parent
RUNNER = Path(__file__).parent / "worker" / "pyodide_runner.mjs"
BATCHRUNNER = Path(__file__).parent / "worker" / "batchrunner.py"


def pyodide_dir() -> Path:
    return Path(os.environ.get("DIVERGE_PYODIDE_DIR", ROOT / ".npm" / "node_modules" / "pyodide"))


class Pyodide(Engine):
    name = "pyodide"
    description = "CPython on WebAssembly under Node"

    def node(self):
        return self.spec.path or shutil.which("node")

    def probe(self) -> Identity:
        node = self.node()
        if not node:
            return Identity(False, "node not found on PATH (Debian package nodejs)")
        d = pyodide_dir()
        try:
            pkg = json.loads((d / "package.json").read_text())
            lock = json.loads((d / "pyodide-lock.json").read_text())
        except (OSError, ValueError):
            return Identity(False, f"pyodide not installed in {d} (run scripts/bootstrap)")
        py = lock.get("info", {}).get("python", "3")
        level = tuple(int(x) for x in py.split(".")[:2])
        return Identity(True, "", f"Pyodide {pkg.get('version')} (CPython {py})", level)

    def batch_argv(self):
        return [self.node(), str(RUNNER), str(pyodide_dir()), str(BATCHRUNNER)]

    def spawn_argv(self, program_name):
        # A fresh Node + Pyodide per program: the same runner, fed this one program.
        return [self.node(), str(RUNNER), str(pyodide_dir()), str(BATCHRUNNER), program_name]
