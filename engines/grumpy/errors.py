"""The transpiler's one error: a construct it does not translate."""
from __future__ import annotations


class Unsupported(Exception):
    """A construct the transpiler cannot translate; the outcome class is `unsupported`."""

    def __init__(self, construct: str, node=None):
        self.construct = construct
        self.lineno = getattr(node, "lineno", None)
        where = f" (line {self.lineno})" if self.lineno else ""
        super().__init__(f"{construct}{where}")
