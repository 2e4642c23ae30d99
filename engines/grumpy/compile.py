"""From a Program to a runnable binary: transpile (or say which construct is
unsupported), place the Go package, and build batches of programs into one binary."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from engines.grumpy import build
from engines.grumpy.errors import Unsupported
from engines.grumpy.py2 import parse
from engines.grumpy.transpile import transpile


@dataclass
class Compiled:
    key: str | None = None              # the program's Go package (None: not runnable)
    unsupported: str | None = None      # the construct the transpiler does not translate
    syntax_error: str | None = None
    modules: set = None                 # library modules to link in
    go_source: str = ""


def compile_program(source: str, filename: str = "prog.py", py2: bool = False, lib: dict | None = None) -> Compiled:
    try:
        tree = parse(source, filename, py2=py2)
    except SyntaxError as e:
        return Compiled(syntax_error=f"SyntaxError: {e.msg} (line {e.lineno})")
    try:
        mod = transpile(tree, filename=filename, py2=py2)
    except Unsupported as e:
        return Compiled(unsupported=str(e))
    except RecursionError:
        return Compiled(unsupported="expression nested too deeply")
    linked = build.link_closure(mod.module_deps, lib)
    if linked.broken:
        name, why = sorted(linked.broken.items())[0]
        return Compiled(unsupported=f"import of library module {name} ({why})")
    key = build.install_program(mod.source)
    return Compiled(key=key, modules=linked.modules, go_source=mod.source)


def build_many(compiled: list[Compiled]) -> tuple[Path | None, dict]:
    """One binary for all runnable programs.  If Go rejects the batch, each program is
    built alone so that one bad translation does not sink the others.
    -> (binary, {key: build error text for programs that failed})"""
    runnable = [c for c in compiled if c.key]
    if not runnable:
        return None, {}
    modules = set().union(*(c.modules for c in runnable))
    try:
        return build.build_batch([c.key for c in runnable], modules), {}
    except build.BuildError as e:
        bad = {c.key for c in runnable if f"__diverge__/{c.key}" in e.packages}
        if not bad:
            return None, {c.key: str(e) for c in runnable}
    errors = {}
    good = [c for c in runnable if c.key not in bad]
    for c in runnable:
        if c.key in bad:
            errors[c.key] = _package_error(c.key)
    if not good:
        return None, errors
    binary, more = build_many(good)
    errors.update(more)
    return binary, errors


def _package_error(key: str) -> str:
    try:
        build.run_go(["build", f"__diverge__/{key}"])
    except build.BuildError as e:
        lines = [l for l in str(e).splitlines() if not l.startswith("#")]
        return "go build of the generated code failed: " + " | ".join(lines[:3])
    return "go build failed"
