"""Program: the unit of work that flows to engines.

A Program is plain data so that it can cross process boundaries (workers,
Dask) unchanged.  `origin` says where it came from, so any finding can be
regenerated: a generator seed and config, a conformance case path, or a file.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, asdict
from pathlib import Path

DIALECTS = ("py3", "py2+3", "py310")


@dataclass(frozen=True)
class Program:
    source: str
    dialect: str = "py3"
    features: tuple[str, ...] = ()
    origin: dict = field(default_factory=dict, compare=False, hash=False)
    name: str = "prog.py"           # the file name engines see (tracebacks show it)

    def __post_init__(self):
        if self.dialect not in DIALECTS:
            raise ValueError(f"unknown dialect {self.dialect!r} (expected one of {', '.join(DIALECTS)})")

    @classmethod
    def from_file(cls, path, dialect: str = "py3") -> "Program":
        path = Path(path)
        data = path.read_bytes()
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise ValueError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
        return cls(source=source, dialect=dialect, origin={"file": str(path)}, name=path.name)

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict:
        d = asdict(self)
        d["features"] = list(self.features)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Program":
        d = dict(d)
        d["features"] = tuple(d.get("features", ()))
        return cls(**d)
