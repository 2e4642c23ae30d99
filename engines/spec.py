"""Engine specs: `name[@path][:key=value,...]`.

    cpython                       the host CPython
    cpython@/usr/bin/python3.11   a given interpreter binary
    refvm:gc=tracing,jit=on       options passed to the engine
    cmd:ipy=/opt/ipy/ipy          any command line, named `ipy`
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from engines.errors import UserError

_NAME = re.compile(r"^[a-z][a-z0-9_-]*$")


@dataclass(frozen=True)
class EngineSpec:
    name: str
    path: str | None = None
    options: dict = field(default_factory=dict, hash=False)

    @property
    def label(self) -> str:
        """The spec written back canonically; it names the engine in outcomes and reports."""
        s = self.name
        if self.path:
            s += "@" + self.path
        if self.options:
            s += ":" + ",".join(f"{k}={v}" for k, v in self.options.items())
        return s


def parse_spec(text: str) -> EngineSpec:
    text = text.strip()
    if not text:
        raise UserError("empty engine spec")
    head, sep, opts = text.partition(":")
    name, at, path = head.partition("@")
    if not _NAME.match(name):
        raise UserError(f"bad engine spec {text!r}: engine name must look like 'cpython' or 'refvm'")
    if at and not path:
        raise UserError(f"bad engine spec {text!r}: '@' must be followed by a path")
    options: dict[str, str] = {}
    if sep:
        if not opts:
            raise UserError(f"bad engine spec {text!r}: ':' must be followed by key=value options")
        for item in opts.split(","):
            key, eq, value = item.partition("=")
            if not eq or not key.strip():
                raise UserError(f"bad engine spec {text!r}: option {item!r} is not key=value")
            options[key.strip()] = value.strip()
    return EngineSpec(name=name, path=path or None, options=options)


def parse_specs(text: str) -> list[EngineSpec]:
    """A comma-separated list of specs; commas inside `:k=v,k=v` options stay with their engine."""
    specs: list[str] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        # "k=v" without its own engine name continues the previous spec's options
        if specs and "=" in part and ":" not in part and "@" not in part.split("=")[0] \
                and ":" in specs[-1]:
            specs[-1] += "," + part
        else:
            specs.append(part)
    if not specs:
        raise UserError("no engines given")
    return [parse_spec(s) for s in specs]
