"""The Go function being written: its lines, temporaries, labels and the stack of
enclosing blocks (loops, except handlers, finally clauses) that decide where an
exception, a `return`, a `break` or a `continue` goes.

Control flow in the generated Go is structured where Python's is (if, for) and uses
forward `goto` only to leave a try body for its handler or finally clause.  Every
variable is declared at the top of the Go function, so no goto ever jumps over a
declaration."""
from __future__ import annotations

from dataclasses import dataclass, field

OBJ = "*πg.Object"
FAIL = "πE"            # the exception being raised, always *πg.BaseException


@dataclass
class Loop:
    id: int
    label: str
    has_else: bool
    end_label: str = ""           # where `break` goes when the loop has an else clause
    used_label: bool = False


@dataclass
class Handler:
    """An except clause: exceptions in the try body jump to its label."""
    label: str


@dataclass
class Finally:
    """A finally clause (or a with statement's exit): anything leaving the body — an
    exception, return, break, continue — records why in `why` and jumps to `label`."""
    id: int
    label: str
    why: str
    exits: dict = field(default_factory=dict)     # why code -> (kind, Loop or None)


WHY_RAISE, WHY_RETURN = 1, 2


class GoFunc:
    def __init__(self, writer, indent: int = 1, generator: bool = False):
        self.w = writer
        self.lines: list[str] = []
        self.indent = indent
        self.decls: dict[str, str] = {}           # go name -> go type
        self.free: dict[str, list[str]] = {}
        self.stmt_temps: list[list[tuple[str, str]]] = [[]]
        self.blocks: list = []
        self.labels_used: set[str] = set()
        self.generator = generator
        self.n_temps = 0
        self.params: set[str] = set()         # Go variables bound from the arguments

    # -- output --------------------------------------------------------------------------
    def emit(self, line: str = ""):
        self.lines.append("\t" * self.indent + line if line else "")

    def placeholder(self) -> int:
        self.lines.append(None)
        return len(self.lines) - 1

    def fill(self, index: int, line: str | None):
        self.lines[index] = ("\t" * self.indent + line) if line else None

    def label(self, name: str):
        """A label line, only if some goto uses it (Go rejects unused labels)."""
        if name in self.labels_used:
            self.lines.append(name + ":")
            self.emit(";")

    # -- variables -----------------------------------------------------------------------
    def declare(self, name: str, typ: str = OBJ):
        self.decls.setdefault(name, typ)

    def tmp(self, typ: str = OBJ) -> str:
        pool = self.free.setdefault(typ, [])
        if pool:
            name = pool.pop()
        else:
            name = f"πT{self.n_temps}"
            self.n_temps += 1
            self.declare(name, typ)
        self.stmt_temps[-1].append((name, typ))
        return name

    def begin_stmt(self):
        self.stmt_temps.append([])

    def end_stmt(self):
        for name, typ in self.stmt_temps.pop():
            self.free[typ].append(name)

    def new_id(self) -> int:
        return self.w.new_id()

    # -- where control goes ----------------------------------------------------------------
    def fail(self) -> list[str]:
        """Statements that propagate the exception in πE to the innermost handler."""
        for b in reversed(self.blocks):
            if isinstance(b, Handler):
                self.labels_used.add(b.label)
                return [f"goto {b.label}"]
            if isinstance(b, Finally):
                self.labels_used.add(b.label)
                return [f"{b.why} = {WHY_RAISE}", f"goto {b.label}"]
        return [f"return nil, {FAIL}"]

    def check(self, call: str, result: str | None = None):
        """`result, πE = call` (or `πE = call`), then propagate a raised exception."""
        lhs = f"{result}, {FAIL}" if result else FAIL
        self.emit(f"if {lhs} = {call}; {FAIL} != nil {{")
        for line in self.fail():
            self.emit("\t" + line)
        self.emit("}")

    def raise_now(self):
        for line in self.fail():
            self.emit(line)

    def return_value(self, value: str, blocks=None):
        blocks = self.blocks if blocks is None else blocks
        for i in range(len(blocks) - 1, -1, -1):
            b = blocks[i]
            if isinstance(b, Finally):
                self.declare("πR")
                self.emit(f"πR = {value}")
                b.exits[WHY_RETURN] = ("return", None, i)
                self.labels_used.add(b.label)
                self.emit(f"{b.why} = {WHY_RETURN}")
                self.emit(f"goto {b.label}")
                return
        self.emit(f"return {value}, nil")

    def loop_exit(self, kind: str, node, blocks=None):
        """`break` or `continue` (kind), through any finally clauses in between."""
        from engines.grumpy.errors import Unsupported
        blocks = self.blocks if blocks is None else blocks
        for i in range(len(blocks) - 1, -1, -1):
            b = blocks[i]
            if isinstance(b, Loop):
                if kind == "break" and b.has_else:
                    self.labels_used.add(b.end_label)
                    self.emit(f"goto {b.end_label}")
                else:
                    b.used_label = True
                    self.emit(f"{kind} {b.label}")
                return
            if isinstance(b, Finally):
                loop = next((x for x in reversed(blocks[:i]) if isinstance(x, Loop)), None)
                if loop is None:
                    raise Unsupported(f"'{kind}' outside loop", node)
                code = 100 + 2 * loop.id + (kind == "continue")
                b.exits[code] = (kind, loop, i)
                self.labels_used.add(b.label)
                self.emit(f"{b.why} = {code}")
                self.emit(f"goto {b.label}")
                return
        raise Unsupported(f"'{kind}' outside loop", node)

    # -- assembling ------------------------------------------------------------------------
    def render(self) -> list[str]:
        """Declarations first, then the body."""
        pad = "\t" * self.indent
        out = []
        by_type: dict[str, list[str]] = {}
        for name, typ in self.decls.items():
            by_type.setdefault(typ, []).append(name)
        for typ, names in by_type.items():
            out.append(f"{pad}var {', '.join(names)} {typ}")
        if self.decls:
            names = list(self.decls)
            out.append(f"{pad}{', '.join('_' for _ in names)} = {', '.join(names)}")
        unbound = [n for n in self.decls if n.startswith("µ") and n not in self.params]
        if unbound:
            # Python locals start unbound: CheckLocal tests for this sentinel.
            out.append(f"{pad}{', '.join(unbound)} = {', '.join('πg.UnboundLocal' for _ in unbound)}")
        return out + [l for l in self.lines if l is not None]
