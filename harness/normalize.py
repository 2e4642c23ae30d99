"""Normalizers: what is allowed to differ between engines' outputs without a divergence.

Each normalizer is a small named function over stdout text.  Traceback text
(stderr) is never compared; exception types are, and messages only with
--strict-messages.
"""
from __future__ import annotations

import re
from typing import Callable

# 0x7f3a2c1b5e80 (CPython), 0x00007f... (PyPy), 0x2 (Jython's small object ids)
_ADDRESS = re.compile(r"\bat 0x[0-9a-fA-F]+\b")
_BARE_ADDRESS = re.compile(r"\b0x[0-9a-fA-F]{8,16}\b")


def memory_addresses(text: str) -> str:
    """`<Foo object at 0x7f...>` → `<Foo object at 0xADDR>`: addresses are never meaningful."""
    return _BARE_ADDRESS.sub("0xADDR", _ADDRESS.sub("at 0xADDR", text))


_RUN_DIR = re.compile(r"(?:/[^\s'\"]*)?/diverge-runs/run-[A-Za-z0-9_]+/cwd")


def run_directory(text: str) -> str:
    """The sandbox's per-run directory (in `__file__`, tracebacks, os.getcwd()) → `<cwd>`."""
    return _RUN_DIR.sub("<cwd>", text)


def line_endings(text: str) -> str:
    return text.replace("\r\n", "\n")


NORMALIZERS: dict[str, Callable[[str], str]] = {
    "memory-addresses": memory_addresses,
    "line-endings": line_endings,
    "run-directory": run_directory,
}
DEFAULT = ("run-directory", "memory-addresses", "line-endings")


def normalize_stdout(text: str, names=DEFAULT) -> str:
    for name in names:
        text = NORMALIZERS[name](text)
    return text
