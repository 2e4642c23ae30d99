"""Gen: the state of one generation run, shared by every feature family.

A family module gets the `Gen` and writes through it: `g.c` is the choice
stream, `g.scope` the typed environment, `g.emit` writes a line into the
current block and charges its cost.  Definitions (functions, classes) are
written into their own Writer and placed before the main body, so code can
ask for a helper in the middle of a statement and the helper is defined by
the time the statement runs.

Cost: every emitted statement charges `mult` units, where `mult` is the
product of the enclosing loops' trip counts; a call charges the callee's
cost.  A frame refuses work past its budget, which bounds the run time of
every program without running it.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass

from . import values as V
from .dialects import DIALECTS
from .scope import Scope, Var
from .writer import Writer
from .choices import Table


def _expressions():
    # imported late: expressions imports the families, which import this module
    global _EXPR
    if _EXPR is None:
        from . import expressions as _EXPR
    return _EXPR


_EXPR = None


@dataclass
class Cost:
    budget: int
    used: int = 0


class Gen:
    def __init__(self, choices, cfg):
        self.c = choices
        self.cfg = cfg
        self.d = DIALECTS[cfg.dialect]
        self.scope = Scope()
        self.top = Writer()            # the globals section
        self.defs: list = []           # one Writer per top-level definition, in order
        self.out = Writer()            # where statements go right now
        self.used: set = set()         # feature families that produced code
        self.funcs: list = []          # functions.FuncInfo callable from anywhere after definition
        self.classes: list = []        # classes.ClassInfo
        self.memo: dict = {}           # per-program singletons families create once (e.g. exception classes)
        self.imports: set = set()
        self.tables: dict = {}         # weighted choices prepared once per program (they depend on cfg only)
        self.features = cfg.features      # stdlib modules the program imports
        self.n = 0
        self.depth = 0
        self.mult = 1
        self.costs = [Cost(cfg.budget)]
        self.in_def = 0                # > 0 while writing a top-level definition

    # -- names, output, cost -------------------------------------------------
    def fresh(self, prefix: str) -> str:
        self.n += 1
        return "%s%d" % (prefix, self.n)

    def on(self, feature: str) -> bool:
        return self.features.get(feature, 0) > 0

    def use(self, feature: str) -> None:
        self.used.add(feature)

    def emit(self, line: str, cost: int = 1) -> None:
        self.out.line(line)
        self.charge(cost)

    def charge(self, units: int) -> None:
        self.costs[-1].used += units * self.mult

    def affordable(self, units: int) -> bool:
        c = self.costs[-1]
        return c.used + units * self.mult <= c.budget

    @property
    def cost_used(self) -> int:
        return self.costs[-1].used

    # -- blocks ----------------------------------------------------------------
    @contextmanager
    def block(self, header: str, kind: str = "block", trips: int = 1, loop: bool = False, **frame):
        """A compound statement whose body runs `trips` times per execution."""
        if loop:
            frame["in_loop"] = True
        self.charge(1)
        saved = self.mult
        self.mult *= trips
        self.depth += 1
        try:
            with self.out.block(header), self.scope.push(kind, **frame) as fr:
                yield fr
        finally:
            self.depth -= 1
            self.mult = saved

    @contextmanager
    def measure(self, budget: int):
        """Charge what is written inside to a fresh Cost (the per-call cost of a method)."""
        saved = self.mult
        self.mult = 1
        self.costs.append(Cost(budget))
        try:
            yield self.costs[-1]
        finally:
            self.costs.pop()
            self.mult = saved

    @contextmanager
    def definition(self, budget: int):
        """Write a top-level definition: fresh writer, only module-level names visible.

        The body's cost is measured from zero (the definition's own cost, per
        call); it becomes the callee cost charged at each call site.
        """
        saved = (self.out, self.scope.frames, self.depth, self.mult)
        self.out = Writer()
        self.scope.frames = saved[1][:1]
        self.depth, self.mult = 0, 1
        self.costs.append(Cost(budget))
        self.in_def += 1
        cost = self.costs[-1]
        try:
            yield cost
            self.defs.append(self.out)
        finally:
            self.in_def -= 1
            self.costs.pop()
            self.out, self.scope.frames, self.depth, self.mult = saved

    # -- statements ------------------------------------------------------------
    def statement(self) -> None:
        from .families import FAMILY_STATEMENTS
        from .statements import print_statement
        options = self.tables.get("statement")
        if options is None:
            options = self.tables["statement"] = Table(
                [(4, "print")] + [(self.cfg.features.get(name, 0), name) for name in FAMILY_STATEMENTS])
        for _ in range(4):
            name = self.c.weighted(options)
            if name == "print":
                if print_statement(self):
                    return
                continue
            if FAMILY_STATEMENTS[name](self):
                self.use(name)
                return
        print_statement(self)

    def body(self, lo: int = 1, hi: int = 3) -> None:
        """Statements for a nested block: between lo and hi, fewer when deep or out of budget."""
        n = self.c.between(lo, max(lo, hi - self.depth // 2))
        for _ in range(n):
            if not self.affordable(4):
                break
            self.statement()

    def can_nest(self) -> bool:
        return self.depth < self.cfg.max_depth and self.affordable(8)

    # -- values ----------------------------------------------------------------
    def expr(self, kind: str, depth=None):
        return _expressions().expr(self, kind, self.cfg.expr_depth if depth is None else depth)

    def fit(self, code: str, have, want) -> str:
        return _expressions().fit(self, code, have, want)

    def new_var(self, ty, prefix: str = "v", **kw) -> Var:
        return self.scope.add(Var(self.fresh(prefix), ty, **kw))

    def int_type(self) -> V.Int:
        """A declared range for a new int variable."""
        options = [(4, V.Int(0, 9)), (4, V.Int(-100, 100)), (3, V.Int(0, 1000)), (2, V.Int(-10 ** 6, 10 ** 6))]
        if self.on("arithmetic"):
            options += [(2, V.Int(-2 ** 31, 2 ** 31 - 1)), (2, V.Int(-2 ** 90, 2 ** 90))]
        return self.c.weighted(options)
