"""Which engines exist, and resolving a spec string to an Engine."""
from __future__ import annotations

from engines.base import Engine
from engines.cmd import Command
from engines.errors import UserError
from engines.grumpy.engine import Grumpy
from engines.jython import Jython
from engines.pyodide import Pyodide
from engines.python import CPython, PyPy
from engines.refvm_engine import RefVM
from engines.spec import parse_spec, parse_specs

ENGINES: dict[str, type[Engine]] = {cls.name: cls for cls in (CPython, PyPy, Jython, Pyodide, RefVM, Grumpy, Command)}
# What `diverge engines` lists and what runs when no --engines is given (cmd needs a command).
DEFAULT = ("cpython", "pypy", "jython", "pyodide", "refvm", "grumpy")


def resolve(spec: str) -> Engine:
    parsed = parse_spec(spec)
    cls = ENGINES.get(parsed.name)
    if cls is None:
        raise UserError(f"unknown engine {parsed.name!r} (known: {', '.join(ENGINES)})")
    return cls(parsed)


def resolve_many(text: str) -> list[Engine]:
    engines = []
    for parsed in parse_specs(text):
        cls = ENGINES.get(parsed.name)
        if cls is None:
            raise UserError(f"unknown engine {parsed.name!r} (known: {', '.join(ENGINES)})")
        engines.append(cls(parsed))
    labels = [e.label for e in engines]
    dup = {label for label in labels if labels.count(label) > 1}
    if dup:
        raise UserError(f"engine {sorted(dup)[0]!r} given twice")
    return engines


def default_engines() -> list[Engine]:
    return [resolve(name) for name in DEFAULT]
