"""The `.out` file: a reference outcome, readable in a diff.

The file is the program's stdout, verbatim, followed by one trailer line:

    --- exit 0                      the program ended normally with status 0
    --- exit 3                      ... with status 3 (sys.exit(3))
    --- exception KeyError          it ended with an uncaught KeyError

If stdout does not end with a newline the trailer gets the suffix
` (no newline at end of stdout)` and the newline before it is not part of stdout.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

TRAILER = "--- "
NOEOL = " (no newline at end of stdout)"


@dataclass(frozen=True)
class Expected:
    stdout: str
    exception: Optional[str] = None   # the final uncaught exception type, or None
    exit: int = 0

    def describe(self) -> str:
        return f"exception {self.exception}" if self.exception else f"exit {self.exit}"


class OutFileError(Exception):
    pass


def format_out(expected: Expected) -> str:
    stdout = expected.stdout
    suffix = ""
    if stdout and not stdout.endswith("\n"):
        stdout += "\n"
        suffix = NOEOL
    return f"{stdout}{TRAILER}{expected.describe()}{suffix}\n"


def parse_out(text: str, where: str = ".out") -> Expected:
    body, sep, trailer = text.rstrip("\n").rpartition("\n")
    if not sep:
        body, trailer = "", text.rstrip("\n")
    if not trailer.startswith(TRAILER):
        raise OutFileError(f"{where}: last line must be a '--- exit N' or '--- exception Type' trailer")
    trailer = trailer[len(TRAILER):]
    noeol = trailer.endswith(NOEOL)
    if noeol:
        trailer = trailer[: -len(NOEOL)]
    stdout = "" if not sep else body if noeol else body + "\n"
    kind, _, value = trailer.partition(" ")
    if kind == "exit" and value.lstrip("-").isdigit():
        return Expected(stdout=stdout, exit=int(value))
    if kind == "exception" and value:
        return Expected(stdout=stdout, exception=value, exit=1)
    raise OutFileError(f"{where}: unreadable trailer {trailer!r}")


def read_out(path: Path) -> Expected:
    return parse_out(Path(path).read_text(encoding="utf-8"), str(path))


def write_out(path: Path, expected: Expected) -> None:
    Path(path).write_text(format_out(expected), encoding="utf-8")
