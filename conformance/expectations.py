"""Per-engine expectations files: the known failures of one engine, with reasons.

`conformance/expectations/<engine>.yaml` maps case-id globs to an entry:

    finalizers/del_*:
      status: fail            # fail | skip | flaky
      reason: PyPy runs __del__ at the next collection, not when the last reference goes
      link: https://doc.pypy.org/en/latest/cpython_differences.html   # optional

The first entry whose glob matches a case id applies (an exact id always wins).
Combining an engine's result with its entry gives the final status (see `classify`).
"""
from __future__ import annotations

import datetime
import fnmatch
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml

EXPECTATIONS_DIR = Path(__file__).resolve().parent / "expectations"
ENTRY_STATUSES = ("fail", "skip", "flaky")

# Final statuses of one case on one engine.
PASSED = "pass"
REGRESSION = "regression"        # no entry, and it failed: the gate fails
XFAIL = "xfail"                  # expected to fail, and failed
XPASS = "xpass"                  # expected to fail, but passed: the gate fails (update the file)
SKIPPED = "skip"                 # an entry says skip: not run
FLAKY = "flaky"                  # an entry says flaky and it failed this time
ERRORED = "error"                # no verdict (the engine broke) and no entry: the gate fails
NOT_APPLICABLE = "n/a"           # the engine's language level does not cover the case's dialect
GATE_FAILING = (REGRESSION, XPASS, ERRORED)


class ExpectationsError(Exception):
    """A malformed expectations file: one line naming it."""


@dataclass(frozen=True)
class Entry:
    pattern: str
    status: str
    reason: str
    link: Optional[str] = None


class Expectations:
    def __init__(self, engine: str, entries: list[Entry], path: Optional[Path] = None, header: str = ""):
        self.engine = engine
        self.entries = entries
        self.path = path
        self.header = header          # the file's leading comment block, kept on rewrite

    @classmethod
    def load(cls, engine: str, directory: Path = EXPECTATIONS_DIR) -> "Expectations":
        path = Path(directory) / f"{file_stem(engine)}.yaml"
        if not path.exists():
            return cls(engine, [], path)
        text = path.read_text(encoding="utf-8")
        return cls(engine, parse(text, str(path)), path, leading_comments(text))

    def lookup(self, case_id: str) -> Optional[Entry]:
        for entry in self.entries:
            if entry.pattern == case_id:
                return entry
        for entry in self.entries:
            if fnmatch.fnmatchcase(case_id, entry.pattern):
                return entry
        return None

    def unused(self, case_ids) -> list[Entry]:
        """Entries that match none of `case_ids` (stale after a case was renamed or removed)."""
        ids = list(case_ids)
        return [e for e in self.entries if not any(fnmatch.fnmatchcase(i, e.pattern) for i in ids)]


def file_stem(engine: str) -> str:
    """The expectations file of an engine label: options are part of the name
    (`refvm:gc=tracing` -> `refvm-gc=tracing`), so each configuration keeps its own list."""
    return engine.replace(":", "-").replace("/", "_").replace("@", "-at-")


def parse(text: str, where: str) -> list[Entry]:
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise ExpectationsError(f"{where}: not valid YAML: {str(e).splitlines()[0]}") from None
    if data is None:
        return []
    if not isinstance(data, dict):
        raise ExpectationsError(f"{where}: must map case globs to {{status, reason}} entries")
    entries = []
    for pattern, spec in data.items():
        if not isinstance(spec, dict):
            raise ExpectationsError(f"{where}: entry {pattern!r} must be a mapping with status and reason")
        extra = set(spec) - {"status", "reason", "link"}
        if extra:
            raise ExpectationsError(f"{where}: entry {pattern!r} has unknown key(s) {', '.join(sorted(extra))}")
        status = spec.get("status")
        if status not in ENTRY_STATUSES:
            raise ExpectationsError(f"{where}: entry {pattern!r}: status must be one of {', '.join(ENTRY_STATUSES)}")
        reason = spec.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise ExpectationsError(f"{where}: entry {pattern!r} needs a reason")
        entries.append(Entry(str(pattern), status, reason.strip(), spec.get("link")))
    return entries


def classify(verdict: Optional[str], entry: Optional[Entry]) -> str:
    """The final status of a case from its verdict (pass/fail/error, None if not run) and entry."""
    if entry is not None and entry.status == "skip":
        return SKIPPED
    if verdict is None:
        return NOT_APPLICABLE
    if entry is None:
        return PASSED if verdict == "pass" else ERRORED if verdict == "error" else REGRESSION
    if entry.status == "fail":
        return XPASS if verdict == "pass" else XFAIL
    return PASSED if verdict == "pass" else FLAKY


def leading_comments(text: str) -> str:
    lines = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            lines.append(line)
        else:
            break
    return "\n".join(lines).strip()


def render(engine: str, entries: list[Entry], header: str = "") -> str:
    header = header or (f"# Known conformance failures of `{engine}` (see docs/conformance.md).\n"
                        "# case-id glob -> status (fail | skip | flaky), reason, optional link.")
    lines = [header, ""]
    for e in entries:
        body = {"status": e.status, "reason": e.reason}
        if e.link:
            body["link"] = e.link
        lines.append(yaml.safe_dump({e.pattern: body}, sort_keys=False, width=100, allow_unicode=True).rstrip())
    return "\n".join(lines) + "\n"


def updated(expectations: Expectations, results) -> tuple[list[Entry], list[str]]:
    """Entries after recording this run: new failures and errors added (reason: what was seen),
    exact entries of cases that now pass removed.  Returns (entries, notes)."""
    today = datetime.date.today().isoformat()
    entries = list(expectations.entries)
    notes = []
    for r in results:
        if r.status in (REGRESSION, ERRORED):
            entries.append(Entry(r.case_id, "fail", f"recorded {today}: {r.detail}"))
            notes.append(f"added {r.case_id}")
        elif r.status == XPASS:
            exact = [e for e in entries if e.pattern == r.case_id]
            if exact:
                entries.remove(exact[0])
                notes.append(f"removed {r.case_id}")
            else:
                notes.append(f"{r.case_id} passes but is covered by a glob; edit it by hand")
    entries.sort(key=lambda e: e.pattern)
    return entries, notes
