"""Which names a Python function binds, declares global, or reads: the facts the
transpiler needs to choose between a Go local variable, a captured variable of an
enclosing function (Go closures are Python cells), a class-body dict entry, or a
global lookup."""
from __future__ import annotations

import ast
from dataclasses import dataclass, field

from engines.grumpy.errors import Unsupported


@dataclass
class Scope:
    kind: str                                   # module | function | class | comprehension
    parent: "Scope | None" = None
    bound: set = field(default_factory=set)     # names assigned here
    globals: set = field(default_factory=set)   # names declared global here
    params: list = field(default_factory=list)
    govars: dict = field(default_factory=dict)  # python name -> Go variable (function scopes)
    is_generator: bool = False

    def is_local(self, name: str) -> bool:
        return self.kind in ("function", "comprehension") and name in self.govars

    def lookup(self, name: str) -> tuple[str, "Scope | None"]:
        """('local'|'class'|'global'|'enclosing', scope) for a name read in this scope."""
        if name in self.globals:
            return "global", None
        if self.kind == "class":
            return "class", self
        if self.is_local(name):
            return "local", self
        s = self.parent
        while s is not None:
            if s.kind in ("function", "comprehension"):
                if name in s.globals:     # declared global in an enclosing function: global below it too
                    return "global", None
                if name in s.govars:
                    return "enclosing", s
            s = s.parent
        return "global", None


class _Binder(ast.NodeVisitor):
    """Collects the names a scope binds, without entering nested scopes."""

    def __init__(self):
        self.bound: set = set()
        self.globals: set = set()
        self.yields = False

    def visit_Name(self, node):
        if isinstance(node.ctx, (ast.Store, ast.Del)):
            self.bound.add(node.id)

    def visit_FunctionDef(self, node):
        self.bound.add(node.name)
        for d in node.decorator_list:
            self.visit(d)
        for d in node.args.defaults:
            self.visit(d)

    def visit_AsyncFunctionDef(self, node):
        raise Unsupported("async def", node)

    def visit_ClassDef(self, node):
        self.bound.add(node.name)
        for d in node.decorator_list + node.bases:
            self.visit(d)

    def visit_Lambda(self, node):
        for d in node.args.defaults:
            self.visit(d)

    def _comprehension(self, node):
        # The first iterable is evaluated in the enclosing scope; the rest is the comprehension's.
        self.visit(node.generators[0].iter)

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comprehension

    def visit_Global(self, node):
        self.globals.update(node.names)

    def visit_Nonlocal(self, node):
        raise Unsupported("nonlocal", node)

    def visit_Import(self, node):
        for a in node.names:
            self.bound.add(a.asname or a.name.split(".")[0])

    def visit_ImportFrom(self, node):
        for a in node.names:
            if a.name != "*":
                self.bound.add(a.asname or a.name)

    def visit_ExceptHandler(self, node):
        if node.name:
            self.bound.add(node.name)
        self.generic_visit(node)

    def visit_Yield(self, node):
        self.yields = True
        self.generic_visit(node)

    def visit_YieldFrom(self, node):
        raise Unsupported("yield from", node)

    def visit_Await(self, node):
        raise Unsupported("await", node)

    def visit_NamedExpr(self, node):
        raise Unsupported("assignment expression (:=)", node)


def bindings(body: list, extra=()) -> _Binder:
    b = _Binder()
    for stmt in body:
        b.visit(stmt)
    for e in extra:
        b.visit(e)
    return b


def arg_names(args: ast.arguments) -> list[str]:
    if args.posonlyargs:
        raise Unsupported("positional-only parameters", args)
    if args.kwonlyargs:
        raise Unsupported("keyword-only parameters", args)
    names = [a.arg for a in args.args]
    if args.vararg:
        names.append(args.vararg.arg)
    if args.kwarg:
        names.append(args.kwarg.arg)
    return names


def function_scope(node, parent: Scope) -> Scope:
    body = node.body if isinstance(node.body, list) else [ast.Expr(node.body)]
    b = bindings(body)
    params = arg_names(node.args)
    scope = Scope("function", parent, b.bound | set(params), b.globals, params, is_generator=b.yields)
    for name in sorted(scope.bound - scope.globals, key=lambda n: (n not in params, n)):
        scope.govars[name] = go_name(name)
    return scope


def go_name(name: str) -> str:
    return "µ" + name
