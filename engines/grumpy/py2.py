"""The Python 2 front end, for Grumpy's own library modules and test programs (which
are Python 2 files): the few syntax-only rewrites that let the host `ast` parse them,
done by lib2to3 with a chosen set of fixers (print, except, raise, backquote, `<>`,
octal and long literals).  Semantic fixers (dict views, xrange, unicode) are not used:
the program keeps Python 2 meaning, which is what Grumpy's runtime implements.

Grumpy's native imports, `from '__go__/math' import Pi`, are not Python syntax; they
become `from __go__.math import Pi` with the Go package path encoded in the name."""
from __future__ import annotations

import ast
import re
import warnings

FIXERS = ["print", "except", "raise", "repr", "ne", "numliterals", "tuple_params", "exec", "funcattrs"]
_NATIVE = re.compile(r"""^(\s*)from\s+(['"])__go__/([^'"]+)\2\s+import""", re.M)


def encode_go_package(path: str) -> str:
    return "__go__." + path.replace(".", "__D__").replace("/", "__S__").replace("-", "__H__")


def decode_go_package(module: str) -> str:
    return module[len("__go__."):].replace("__S__", "/").replace("__D__", ".").replace("__H__", "-")


def rewrite_native_imports(source: str) -> str:
    return _NATIVE.sub(lambda m: f"{m.group(1)}from {encode_go_package(m.group(3))} import", source)


def parse(source: str, filename: str, py2: bool = False) -> ast.Module:
    """Parse the py2+3 dialect directly; with py2, fall back to the lib2to3 rewrites."""
    source = rewrite_native_imports(source)
    try:
        return ast.parse(source, filename)
    except SyntaxError:
        if not py2:
            raise
    return ast.parse(bytes_escapes(to_py3_syntax(source, filename)), filename)


_UNICODE_ESCAPE = re.compile(r"(?<!\\)((?:\\\\)*)\\([uUN])")


def bytes_escapes(source: str) -> str:
    """In a Python 2 byte string `\\u` is a backslash and a u, not an escape."""
    import io
    import tokenize
    out, changed = [], False
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        text = tok.string
        if tok.type == tokenize.STRING:
            prefix = text[:len(text) - len(text.lstrip("bBuUrR"))].lower()
            if "u" not in prefix and "r" not in prefix and _UNICODE_ESCAPE.search(text):
                text = _UNICODE_ESCAPE.sub(r"\1\\\\\2", text)
                changed = True
        out.append((tok.type, text))
    return tokenize.untokenize(out) if changed else source


_TOOL = None


def to_py3_syntax(source: str, filename: str) -> str:
    global _TOOL
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from lib2to3.refactor import RefactoringTool
        if _TOOL is None:
            _TOOL = RefactoringTool([f"lib2to3.fixes.fix_{f}" for f in FIXERS])
    if not source.endswith("\n"):
        source += "\n"
    return str(_TOOL.refactor_string(source, filename))
