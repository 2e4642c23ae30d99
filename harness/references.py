"""Reference interpreters: one CPython per language level, to tell a version difference.

When engines of different language levels disagree, the explainer runs the program on
CPython at each of those levels; if each level's CPython gives the outcome of the
engines of that level, the behaviour changed between Python versions.

Where they are looked for: $DIVERGE_REFERENCE_PYTHONS (paths separated by ':'), then
/usr/bin/python3.*, /usr/local/bin/python3.*, and pyenv's versions
($PYENV_ROOT/versions/*/bin/pythonX.Y, default ~/.pyenv).  Each is asked its version
(cached with the engines' probes).
"""
from __future__ import annotations

import glob
import os
import re
from functools import lru_cache
from pathlib import Path

from engines.base import probe_python

_LEVEL = re.compile(r"Python (\d+)\.(\d+)")


def level_of(version: str) -> tuple | None:
    """The language level named by an engine version string: "CPython 3.11.7",
    "PyPy 7.3.11 (Python 3.9.16)", "Pyodide 0.29 (CPython 3.14.2)" -> (3, 11), (3, 9), (3, 14)."""
    m = _LEVEL.search(version or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def _candidates() -> list[str]:
    paths = [p for p in os.environ.get("DIVERGE_REFERENCE_PYTHONS", "").split(":") if p]
    for d in ("/usr/bin", "/usr/local/bin"):
        paths += sorted(glob.glob(f"{d}/python[23].[0-9]*"))
    root = os.environ.get("PYENV_ROOT") or str(Path.home() / ".pyenv")
    paths += sorted(glob.glob(f"{root}/versions/[23].*/bin/python[23].[0-9]*"))
    return [p for p in paths if re.search(r"python\d\.\d+$", p) and os.access(p, os.X_OK)]


@lru_cache(maxsize=1)
def references() -> dict[tuple, str]:
    """Language level -> the path of a CPython of that level (the first one found)."""
    found: dict[tuple, str] = {}
    for path in _candidates():
        ident = probe_python([path], path)
        if not ident.available or not ident.version.startswith("CPython"):
            continue
        found.setdefault(tuple(ident.level[:2]), path)
    return found


def reference_for(level: tuple) -> str | None:
    return references().get(tuple(level[:2]))
