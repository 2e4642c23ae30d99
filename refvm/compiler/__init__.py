"""refvm's compiler: host `ast` -> refvm code objects.

symtable.py resolves every name to a scope kind; codegen.py (statements) and
exprgen.py (expressions) emit instructions by name; assemble.py resolves labels
and builds the Code object the interpreter runs.
"""
import _ast as ast     # (the node classes; ast.py itself costs 1 ms at every start)

from refvm.errors import CompileError, Unsupported
from refvm.compiler.symtable import build_symtable
from refvm.compiler.codegen import CodeGen, AS_ERROR
from refvm.compiler.fold import fold


def compile_source(source, filename, mode="exec", warn=None):
    """Compile source text; raises CompileError (a SyntaxError) or Unsupported.
    warn(message, lineno): each SyntaxWarning, when its code is compiled."""
    try:
        tree = compile(source, filename, mode, ast.PyCF_ONLY_AST, dont_inherit=True)   # (ast.parse)
    except SyntaxError as e:
        raise _from_host(e)
    except (ValueError, RecursionError, MemoryError) as e:
        raise CompileError(str(e), 0, 0)
    try:
        return compile_tree(tree, filename, mode, warn)
    except Unsupported:
        # before calling a construct unsupported, let the host's compiler find the
        # SyntaxErrors its symbol table raises (`await` outside an async function, ...)
        try:
            compile(tree, filename, mode)
        except SyntaxError as e:
            raise _from_host(e)
        except (ValueError, RecursionError, MemoryError):
            pass
        raise


def _from_host(e):
    """The host parser's SyntaxError (or IndentationError, TabError) as refvm's."""
    return CompileError(e.msg, e.lineno or 0, e.offset or 0, type(e).__name__,
                        e.end_lineno, e.end_offset, e.text)


def compile_tree(tree, filename, mode="exec", warn=None):
    tree = fold(tree)               # (CPython 3.11's constant folding)
    table = build_symtable(tree)
    if table.has_match:
        # (the SyntaxErrors CPython's compiler finds in patterns: unreachable
        # cases, a name bound twice, alternatives binding different names)
        try:
            compile(tree, filename, mode, dont_inherit=True)
        except SyntaxError as e:
            raise _from_host(e)
        except (ValueError, RecursionError, MemoryError):
            pass
    return CodeGen(table, filename, warn).compile_module(tree, mode)


def stderr_warnings(filename):
    """A warn() for compile_source, as CPython's compiler issues each
    SyntaxWarning: through the program's `warnings` module once it has imported
    it (its filters apply; a warning its filters make an error is raised, and
    warn() returns AS_ERROR: the compiler raises a SyntaxError with the same
    message at the same place); else printed as CPython prints it when no
    filter says otherwise, `file:line: SyntaxWarning: message` and the line,
    if the file has it.  (CPython's filters are the C half's, shared with
    warnings.py; refvm's warnings.py is the only half.)"""
    import sys
    from refvm.interp.traceback import raw_line

    def warn(message, lineno):
        w_module = _warnings_module()
        if w_module is not None:
            return _through_warnings(w_module, message, filename, lineno)
        line = raw_line(filename, lineno)
        try:
            sys.stderr.write("%s:%d: SyntaxWarning: %s\n%s" % (
                filename, lineno, message, "  %s\n" % line.strip() if line else ""))
        except (OSError, ValueError):
            pass                    # (a closed or broken stderr: lost, as CPython's)
        return None
    return warn


def _warnings_module():
    from refvm import importer
    from refvm.objects.functions import W_Function
    imp = getattr(importer, "IMPORTER", None)
    w_mod = imp.modules.get("warnings") if imp is not None else None
    if w_mod is None or not isinstance(w_mod.w_dict.get("warn_explicit"), W_Function):
        return None
    return w_mod


def _through_warnings(w_module, message, filename, lineno):
    from refvm.errors import VMError
    from refvm.objects import space, exceptions as E
    try:
        space.call(w_module.w_dict["warn_explicit"], (message, E.w_SyntaxWarning, filename,
                                                      lineno))
    except VMError as e:
        if space.isinstance_w(e.w_exc, E.w_SyntaxWarning):
            return AS_ERROR
        raise
    return None
