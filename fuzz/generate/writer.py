"""Writer: lines with indentation, and the block structure of the output."""
from __future__ import annotations

from contextlib import contextmanager


class Writer:
    def __init__(self, indent: int = 0):
        self.lines: list = []
        self.indent = indent

    def line(self, text: str) -> None:
        self.lines.append("    " * self.indent + text)

    def extend(self, other: "Writer") -> None:
        self.lines.extend(other.lines)

    @contextmanager
    def block(self, header: str):
        """A compound statement; an empty body gets `pass`."""
        self.line(header)
        self.indent += 1
        start = len(self.lines)
        try:
            yield
        finally:
            if len(self.lines) == start:
                self.line("pass")
            self.indent -= 1

    def text(self) -> str:
        return "\n".join(self.lines) + ("\n" if self.lines else "")
