"""The semantic areas of refvm, and which code belongs to which.

One table, `AREAS`, read top to bottom: the first rule whose path glob matches a
file (relative to the repository, e.g. `refvm/objects/space.py`) and whose name glob
matches the enclosing top-level definition (`getattr`, `W_Generator.send`) decides
the area of a line.  A rule without a name glob takes the whole file.  New refvm
packages slot in by adding a row (the GIL, GC and JIT rows already name the
folders those packages live in); a file no row names falls to "other".
"""
from __future__ import annotations

import ast
import fnmatch
from dataclasses import dataclass
from functools import lru_cache

OTHER = "other"


@dataclass(frozen=True)
class Rule:
    area: str
    path: str                   # fnmatch glob over the repository-relative path
    name: str | None = None     # fnmatch glob over the enclosing top-level def/class (or Class.method)


def _rules(area, paths, names=None):
    return [Rule(area, p, n) for p in paths for n in (names or [None])]


_SPACE = "refvm/objects/space.py"

AREAS: list[Rule] = [
    # -- concurrency, memory, JIT: their own packages (issues 4, 5, 6) ----------------------
    *_rules("GIL and scheduler", ["refvm/threads/*", "refvm/sched*", "refvm/gil*", "refvm/*/gil*",
                                  "refvm/*/sched*", "refvm/modules/thread*", "refvm/modules/_thread*"]),
    *_rules("GC", ["refvm/gc/*", "refvm/gc.py", "refvm/modules/gc*"]),
    *_rules("JIT", ["refvm/jit/*", "refvm/jit.py"]),
    # -- generators and exceptions cut across the interpreter: take their pieces first -------
    *_rules("generators", ["refvm/objects/generator.py"]),
    *_rules("generators", ["refvm/interp/control.py"], ["*YIELD*", "SEND*", "GEN_*", "GET_AWAIT*"]),
    *_rules("exceptions", ["refvm/objects/exceptions.py", "refvm/interp/traceback.py",
                           "refvm/interp/runtime_warnings.py"]),
    *_rules("exceptions", ["refvm/interp/control.py"],
            ["SETUP_FINALLY", "POP_BLOCK", "POP_EXCEPT", "_reraise", "RERAISE", "CHECK_EXC_MATCH",
             "make_exception", "RAISE_VARARGS", "LOAD_ASSERTION_ERROR", "*WITH*"]),
    *_rules("exceptions", ["refvm/interp/loop.py"], ["_unwind", "_set_context", "recursion_error"]),
    *_rules("exceptions", [_SPACE], ["oefmt", "wrap_host_exception", "exception_match"]),
    # -- the object space, split by what each operation is about -----------------------------
    *_rules("operator dispatch", [_SPACE],
            ["binop", "_binop_error", "inplace_binop", "compare", "eq", "ne", "lt", "le", "gt", "ge",
             "eq_w", "unaryop", "contains", "*BINOPS*", "*OPS*", "_reflect*", "_op*"]),
    *_rules("attribute lookup and descriptors", [_SPACE],
            ["get", "is_data_descr", "*getattr*", "attribute_error", "*setattr*", "*delattr*",
             "_instance_dict"]),
    *_rules("attribute lookup and descriptors", ["refvm/objects/descriptors.py"]),
    *_rules("attribute lookup and descriptors", ["refvm/interp/instructions.py"],
            ["*_ATTR", "load_attr", "store_attr", "LOAD_METHOD"]),
    *_rules("calls and functions", ["refvm/objects/functions.py", "refvm/interp/frame.py"]),
    *_rules("calls and functions", ["refvm/interp/control.py"], ["call", "CALL_*", "MAKE_FUNCTION"]),
    *_rules("calls and functions", [_SPACE], ["call", "call_special", "lookup_and_call", "callable"]),
    *_rules("types, classes and the MRO", ["refvm/objects/model.py", "refvm/objects/typeobject.py",
                                            "refvm/objects/genericalias.py",
                                            "refvm/objects/objecttype.py",
                                            "refvm/objects/reduction.py"]),
    *_rules("types, classes and the MRO", ["refvm/interp/control.py"], ["LOAD_BUILD_CLASS", "SETUP_ANNOTATIONS"]),
    *_rules("types, classes and the MRO", [_SPACE], ["isinstance_w", "type_name"]),
    *_rules("protocols (iter, len, hash, repr, items)", [_SPACE]),
    # -- builtins, per type ------------------------------------------------------------------
    *_rules("builtins: int, float, bool", ["refvm/objects/numbers.py"]),
    *_rules("builtins: str", ["refvm/objects/strings.py", "refvm/objects/strformat.py"]),
    *_rules("builtins: list, tuple, dict, set", ["refvm/objects/containers.py"]),
    *_rules("builtins: None, Ellipsis, NotImplemented", ["refvm/objects/singletons.py"]),
    *_rules("builtins: modules", ["refvm/objects/module.py"]),
    *_rules("builtins: host-backed types", ["refvm/objects/hostwrap.py"]),
    *_rules("builtins: functions, exec, __build_class__", ["refvm/builtins.py"]),
    # -- the interpreter proper ------------------------------------------------------------
    *_rules("instruction handlers", ["refvm/interp/instructions.py", "refvm/interp/control.py",
                                     "refvm/interp/superinstructions.py", "refvm/interp/loop.py",
                                     "refvm/interp/state.py", "refvm/interp/dis.py",
                                     "refvm/interp/matching.py"]),
    *_rules("compiler", ["refvm/compiler/*"]),
    *_rules("imports and host modules", ["refvm/importer.py", "refvm/modules/*"]),
    *_rules("start-up and driver", ["refvm/__init__.py", "refvm/__main__.py", "refvm/driver.py",
                                    "refvm/config.py", "refvm/errors.py", "refvm/bootstrap.py"]),
]

# refvm's own Python library (refvm/lib) is run BY refvm, never by the host, and the
# benchmarks are not semantics: neither is measured.
OMIT = ["refvm/lib/*", "refvm/bench/*"]


def area_names() -> list[str]:
    """Every area in table order (each once), then "other"."""
    seen: list[str] = []
    for r in AREAS:
        if r.area not in seen:
            seen.append(r.area)
    return seen + [OTHER]


def omitted(relpath: str) -> bool:
    return any(fnmatch.fnmatchcase(relpath, g) for g in OMIT)


def area_of(relpath: str, name: str | None = None) -> str:
    """The area of code in `relpath` inside the top-level definition `name` (None: module level)."""
    for r in AREAS:
        if not fnmatch.fnmatchcase(relpath, r.path):
            continue
        if r.name is None:
            return r.area
        if name is not None and (fnmatch.fnmatchcase(name, r.name)
                                 or fnmatch.fnmatchcase(name.split(".", 1)[0], r.name)):
            return r.area
    return OTHER


def definitions(source: str) -> list[tuple[int, int, str]]:
    """(first line, last line, name) of each top-level def/class and each method
    (`Class.method`), innermost last; decorators count as part of their definition."""
    out = []
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((_first_line(node), node.end_lineno, node.name))
            if isinstance(node, ast.ClassDef):
                for sub in node.body:
                    if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        out.append((_first_line(sub), sub.end_lineno, f"{node.name}.{sub.name}"))
        elif isinstance(node, ast.Assign):
            # module-level tables (e.g. the operator method table) are named by their target
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if names:
                out.append((node.lineno, node.end_lineno, names[0]))
    return out


def _first_line(node) -> int:
    return min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])


@lru_cache(maxsize=None)
def line_areas(relpath: str, source: str) -> dict[int, str]:
    """line -> area for every line of the file (lines outside definitions: module level)."""
    n = source.count("\n") + 1
    base = area_of(relpath)
    lines = {i: base for i in range(1, n + 1)}
    try:
        defs = definitions(source)
    except SyntaxError:
        return lines
    for first, last, name in defs:          # methods come after their class: innermost wins
        a = area_of(relpath, name)
        for i in range(first, last + 1):
            lines[i] = a
    return lines
