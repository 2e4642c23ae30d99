"""Private name mangling, as Python's compiler does it: inside a class, an identifier
`__name` (not ending in `__`) is `_Class__name`, in the class body and in everything
nested in it (methods, lambdas, comprehensions), with the innermost class's name.
Done on the tree before translation, so the rest of the transpiler never sees it."""
from __future__ import annotations

import ast


def mangle(name: str, cls: str | None) -> str:
    if cls is None or not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = cls.lstrip("_")
    return f"_{stripped}{name}" if stripped else name


class Mangler(ast.NodeTransformer):
    def __init__(self):
        self.cls: str | None = None

    def visit_ClassDef(self, node):
        node.name = mangle(node.name, self.cls)
        for field in ("bases", "keywords", "decorator_list"):
            setattr(node, field, [self.visit(n) for n in getattr(node, field)])
        outer, self.cls = self.cls, node.name
        node.body = [self.visit(n) for n in node.body]
        self.cls = outer
        return node

    def visit_FunctionDef(self, node):
        node.name = mangle(node.name, self.cls)
        return self.generic_visit(node)

    def visit_Name(self, node):
        node.id = mangle(node.id, self.cls)
        return node

    def visit_Attribute(self, node):
        node.attr = mangle(node.attr, self.cls)
        return self.generic_visit(node)

    def visit_arg(self, node):
        node.arg = mangle(node.arg, self.cls)
        return node

    def visit_keyword(self, node):
        if node.arg:
            node.arg = mangle(node.arg, self.cls)
        return self.generic_visit(node)

    def visit_Global(self, node):
        node.names = [mangle(n, self.cls) for n in node.names]
        return node

    def visit_alias(self, node):
        if node.asname:
            node.asname = mangle(node.asname, self.cls)
        elif "." not in node.name:
            node.name = mangle(node.name, self.cls)
        return node

    def visit_ExceptHandler(self, node):
        if node.name:
            node.name = mangle(node.name, self.cls)
        return self.generic_visit(node)


def mangle_private_names(tree: ast.Module) -> ast.Module:
    if any(isinstance(n, ast.ClassDef) for n in ast.walk(tree)):
        Mangler().visit(tree)
    return tree
