"""A stress program's front matter and its jcstress-style outcome classes.

A stress program (`stress/programs/threads/*.py`, `stress/programs/gc/*.py`, or a user's
file) starts with comment lines of the form `# key: value`:

    # description: four threads add 1 to an unlocked global 2,000 times each
    # dialect: py2+3
    # acceptable: 8000
    # interesting: \\d+
    # otherwise: forbidden

`acceptable`, `interesting` and `forbidden` may repeat; each value is a regular expression
that must match a whole outcome.  An outcome is the program's stripped stdout (lines joined
with ` | `) when it ran to the end, else `exception: TYPE`, `crash: SIGNAL` or the status
(`timeout`, `memory-limit`, ...).  Classes are tried in the order forbidden, acceptable,
interesting.  An `ok` outcome no pattern matches gets the `otherwise` class (default
`forbidden`); any other unmatched outcome (a crash, a hang, an exception) is always
forbidden.  Optional keys: `runs` (default runs for this program), `timeout` (seconds per
run), `memory` (MiB, RLIMIT_DATA).

This is our own small format on purpose: conformance's front matter lives on the same
floor and stress may not import it (docs/architecture.md).
"""
from __future__ import annotations

import re
import signal as _signal
from dataclasses import dataclass, field
from pathlib import Path

from engines.errors import UserError
from engines.limits import Limits, MiB
from engines.outcome import Outcome
from engines.program import DIALECTS, Program

CLASSES = ("acceptable", "interesting", "forbidden")
_LINE = re.compile(r"^#\s*([a-z_]+)\s*:\s*(.*?)\s*$")
PROGRAMS = Path(__file__).parent / "programs"


@dataclass
class StressSpec:
    name: str                                   # e.g. "threads/counter_unlocked"
    source: str
    description: str = ""
    dialect: str = "py3"
    patterns: dict = field(default_factory=lambda: {c: [] for c in CLASSES})
    otherwise: str = "forbidden"
    runs: int | None = None
    timeout: float = 20.0
    memory_mib: int | None = None
    kind: str = ""                              # "threads" or "gc": what runs it

    def limits(self, timeout: float | None = None) -> Limits:
        """One run's limits: the program's timeout (or `timeout`) and its memory, if it names one."""
        memory = self.memory_mib * MiB if self.memory_mib else Limits().memory
        return Limits(timeout=self.timeout if timeout is None else timeout, memory=memory)

    def program(self, prelude: str = "") -> Program:
        return Program(with_prelude(self.source, prelude), dialect=self.dialect, features=("stress",),
                       origin={"stress": self.name}, name=self.name.rsplit("/", 1)[-1] + ".py")

    def classify(self, outcome: str, ok: bool) -> str:
        for cls in ("forbidden", "acceptable", "interesting"):
            if any(re.fullmatch(p, outcome, re.S) for p in self.patterns[cls]):
                return cls
        return self.otherwise if ok else "forbidden"


def outcome_text(o: Outcome) -> str:
    """The outcome string the classes match: stdout for a clean run, else what went wrong."""
    if o.status == "ok":
        return " | ".join(line.strip() for line in o.stdout.strip().splitlines()) or "(no output)"
    if o.status == "exception":
        return f"exception: {o.exception}"
    if o.status == "crash" and o.signal:
        try:
            return f"crash: {_signal.Signals(o.signal).name}"
        except ValueError:
            return f"crash: signal {o.signal}"
    if o.status == "crash":
        return f"crash: exit {o.exit}"
    return o.status


def parse(source: str, name: str) -> StressSpec:
    spec = StressSpec(name=name, source=source)
    for line in source.splitlines():
        if not line.startswith("#"):
            break
        m = _LINE.match(line)
        if not m:
            continue
        key, value = m.groups()
        if key in CLASSES:
            _check_pattern(value, name)
            spec.patterns[key].append(value)
        elif key == "description":
            spec.description = value
        elif key == "dialect":
            if value not in DIALECTS:
                raise UserError(f"{name}: unknown dialect {value!r} (expected one of {', '.join(DIALECTS)})")
            spec.dialect = value
        elif key == "otherwise":
            if value not in CLASSES:
                raise UserError(f"{name}: otherwise must be one of {', '.join(CLASSES)}, not {value!r}")
            spec.otherwise = value
        elif key in ("runs", "timeout", "memory"):
            try:
                number = float(value)
            except ValueError:
                raise UserError(f"{name}: {key} must be a number, not {value!r}") from None
            if key == "runs":
                spec.runs = int(number)
            elif key == "timeout":
                spec.timeout = number
            else:
                spec.memory_mib = int(number)
    return spec


def _check_pattern(pattern: str, name: str):
    try:
        re.compile(pattern)
    except re.error as e:
        raise UserError(f"{name}: bad outcome pattern {pattern!r} ({e})") from None


def load(path: Path, kind: str = "") -> StressSpec:
    path = Path(path)
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as e:
        raise UserError(f"{path}: cannot read ({e.strerror})") from None
    except UnicodeDecodeError:
        raise UserError(f"{path}: not UTF-8 text") from None
    if path.parent.parent == PROGRAMS:
        name = f"{path.parent.name}/{path.stem}"
    else:
        name = f"{kind or 'file'}/{path.stem}"
    spec = parse(source, name)
    spec.kind = kind or path.parent.name
    return spec


def builtin(kind: str) -> list[StressSpec]:
    """The project's own programs of one kind (`threads` or `gc`), by name."""
    return [load(p) for p in sorted((PROGRAMS / kind).glob("*.py"))]


def with_prelude(source: str, prelude: str) -> str:
    """`prelude` inserted after any `from __future__` imports (they must come first)."""
    if not prelude:
        return source
    lines = source.splitlines(keepends=True)
    at = 0
    for i, line in enumerate(lines):
        if line.startswith("from __future__"):
            at = i + 1
    return "".join(lines[:at]) + prelude + "".join(lines[at:])
