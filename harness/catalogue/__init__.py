"""The catalogue of known, documented differences between engines (differences.toml).

Each entry names the engines it is about, what the program must contain, and what the
engine does differently; every entry cites where that behaviour is documented.
`match(source, groups)` returns the entries a divergence is an instance of.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from engines.errors import UserError

PATH = Path(__file__).with_name("differences.toml")
_OUTCOME_FIELDS = ("exception", "message", "stdout", "status")


@dataclass(frozen=True)
class Entry:
    id: str
    engines: tuple
    summary: str
    source: str
    program: re.Pattern
    outcome: dict = field(hash=False)
    side: str = "engine"           # engine: the named engine shows the outcome; any: either side;
    #                                both: every group shows it (the groups differ only in details
    #                                the entry documents as implementation-defined)

    def to_dict(self) -> dict:
        return {"id": self.id, "engines": list(self.engines), "summary": self.summary, "source": self.source}

    def shows(self, o: dict) -> bool:
        """Does outcome `o` (an Outcome dict) show this entry's documented behaviour?"""
        want = self.outcome
        if "status" in want and o.get("status") != want["status"]:
            return False
        if "exception" in want and o.get("exception") != want["exception"]:
            return False
        if "message" in want and not re.search(want["message"], o.get("message") or ""):
            return False
        if "stdout" in want and not re.search(want["stdout"], o.get("stdout") or ""):
            return False
        return True


def engine_name(label: str) -> str:
    """`pypy@/usr/bin/pypy3:x=y` -> `pypy`."""
    return re.split(r"[@:]", label, maxsplit=1)[0]


@lru_cache(maxsize=4)
def load(path: str | Path = PATH) -> tuple[Entry, ...]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise UserError(f"{path}: unreadable catalogue ({e})") from None
    entries = []
    for i, d in enumerate(data.get("difference", [])):
        where = f"{path}: entry {i + 1} ({d.get('id', '?')})"
        missing = [k for k in ("id", "engines", "summary", "source", "program") if not d.get(k)]
        if missing:
            raise UserError(f"{where}: missing {', '.join(missing)}")
        if not str(d["source"]).startswith(("http://", "https://")):
            raise UserError(f"{where}: source must be a URL")
        outcome = d.get("outcome") or {}
        unknown = set(outcome) - set(_OUTCOME_FIELDS)
        if not outcome or unknown:
            raise UserError(f"{where}: outcome needs some of {', '.join(_OUTCOME_FIELDS)}"
                            + (f" (unknown: {', '.join(sorted(unknown))})" if unknown else ""))
        try:
            program = re.compile(d["program"])
            for k in ("message", "stdout"):
                if k in outcome:
                    re.compile(outcome[k])
        except re.error as e:
            raise UserError(f"{where}: bad regular expression ({e})") from None
        if d.get("side", "engine") not in ("engine", "any", "both"):
            raise UserError(f"{where}: side must be engine, any or both")
        entries.append(Entry(d["id"], tuple(d["engines"]), d["summary"], d["source"], program, dict(outcome),
                             d.get("side", "engine")))
    ids = [e.id for e in entries]
    if len(set(ids)) != len(ids):
        raise UserError(f"{path}: duplicate entry ids")
    return tuple(entries)


def match(source: str, groups: list[list[str]], outcomes: dict[str, dict],
          entries: tuple[Entry, ...] | None = None) -> list[tuple[Entry, list[str]]]:
    """Entries this divergence is an instance of, each with the engine labels it covers.

    An entry matches when the program matches its pattern, some group holds an engine
    the entry names, and the documented outcome separates the groups: it holds for the
    named engine's group and for none of the groups without such an engine (with
    side = "any": it holds on exactly one side of that split; side = "both": it holds for
    every group)."""
    found = []
    for entry in load() if entries is None else entries:
        if not entry.program.search(source):
            continue
        named = [g for g in groups if any(engine_name(label) in entry.engines for label in g)]
        others = [g for g in groups if g not in named]
        if not named or not others:
            continue
        named_show = [entry.shows(outcomes[g[0]]) for g in named]
        others_show = [entry.shows(outcomes[g[0]]) for g in others]
        if entry.side == "both":
            if all(named_show) and all(others_show):
                found.append((entry, [label for g in named for label in g]))
        elif all(named_show) and not any(others_show):
            found.append((entry, [label for g in named for label in g]))
        elif entry.side == "any" and all(others_show) and not any(named_show):
            found.append((entry, [label for g in named for label in g]))
    return found
