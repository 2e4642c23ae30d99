"""One traceback parser for all engines.

Finds the final uncaught exception in an engine's stderr.  Formats handled:
CPython/PyPy/Pyodide tracebacks (with chained exceptions), the traceback-less
SyntaxError report, exception groups (3.11+), and Jython's `__main__.`-qualified
names.  Traceback text itself is never compared; only the type (and, with
--strict-messages, the message).
"""
from __future__ import annotations

import re

_EXC_LINE = re.compile(r"^(?P<type>[A-Za-z_][\w.]*)(?::\s?(?P<msg>.*))?$")
_GROUP_LINE = re.compile(r"^\s*\| (?P<type>[A-Za-z_][\w.]*(?:Group))(?::\s?(?P<msg>.*))?$")
# Module prefixes engines put on builtin or main-program exception names.
_PREFIXES = ("__main__.", "builtins.", "exceptions.")


def normalize_type(name: str) -> str:
    for p in _PREFIXES:
        if name.startswith(p):
            return name[len(p):]
    return name


def final_exception(stderr: str) -> tuple[str | None, str | None]:
    """(type, message) of the last uncaught exception reported in `stderr`, or (None, None)."""
    lines = stderr.splitlines()
    group = _group_exception(lines)
    if group:
        return group
    last_frame = None
    for i, line in enumerate(lines):
        if line.startswith("Traceback (most recent call last):") or line.startswith('  File "'):
            last_frame = i
    if last_frame is None:
        return None, None
    for line in lines[last_frame + 1:]:
        if not line or line[0].isspace():
            continue
        m = _EXC_LINE.match(line)
        if m and not line.startswith("During handling") and not line.startswith("The above exception"):
            return normalize_type(m.group("type")), m.group("msg")
        return None, None
    return None, None


def _group_exception(lines: list[str]):
    starts = [i for i, line in enumerate(lines) if "Exception Group Traceback (most recent call last):" in line]
    if not starts:
        return None
    for line in lines[starts[-1] + 1:]:
        m = _GROUP_LINE.match(line)
        if m:
            return normalize_type(m.group("type")), m.group("msg")
    return None
