"""Outcome: what one engine did with one program.

Every engine reports through the same record and the same classifier
(`classify`), so the harness never needs to know which engine it talks to.
"""
from __future__ import annotations

from dataclasses import dataclass, asdict, field
from typing import Optional

# Status classes, in the order the classifier tries them.
OK = "ok"
EXCEPTION = "exception"
CRASH = "crash"
TIMEOUT = "timeout"
MEMORY_LIMIT = "memory-limit"
OUTPUT_LIMIT = "output-limit"
UNSUPPORTED = "unsupported"
INTERNAL_ERROR = "internal-error"
STATUSES = (OK, EXCEPTION, CRASH, TIMEOUT, MEMORY_LIMIT, OUTPUT_LIMIT, UNSUPPORTED, INTERNAL_ERROR)


@dataclass
class Outcome:
    engine: str                       # the engine's label, e.g. "cpython" or "refvm:gc=tracing"
    status: str
    stdout: str = ""
    stderr: str = ""
    exit: Optional[int] = None        # exit status; None when killed by a signal
    signal: Optional[int] = None
    exception: Optional[str] = None   # final uncaught exception type, normalized ("ZeroDivisionError")
    message: Optional[str] = None     # its message (compared only with --strict-messages)
    detail: str = ""                  # why this status (e.g. "killed after 10.0 s wall time")
    wall: float = 0.0                 # seconds
    cpu: float = 0.0                  # seconds, user + system
    max_rss: int = 0                  # peak resident set, KiB
    version: str = ""                 # engine version string
    options: dict = field(default_factory=dict)
    isolation: str = "spawn"          # spawn | worker | batch

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "Outcome":
        return cls(**d)
