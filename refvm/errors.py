"""Host-level signals used by refvm.

`VMError` carries a VM exception object through host code: every VM-level
raise is a host `raise VMError(w_exc)`.  `Unsupported` reports a construct refvm
does not implement yet; the driver turns it into exit status 3.
"""


class VMError(Exception):
    """A VM exception travelling through host frames. `w_exc` is the VM object."""

    def __init__(self, w_exc):
        Exception.__init__(self)
        self.w_exc = w_exc


class Unsupported(Exception):
    def __init__(self, what, lineno=0):
        Exception.__init__(self, what)
        self.what = what
        self.lineno = lineno


class CompileError(Exception):
    """A SyntaxError found by refvm's compiler (symbol table or codegen)."""

    def __init__(self, msg, lineno=0, offset=0, cls="SyntaxError", end_lineno=None,
                 end_offset=None, text=None):
        Exception.__init__(self, msg)
        self.msg = msg
        self.lineno = lineno
        self.offset = offset            # 1-based column, as SyntaxError.offset
        self.cls = cls
        self.end_lineno = end_lineno
        self.end_offset = end_offset
        self.text = text                # the line (the parser's errors; None otherwise)

    @classmethod
    def at(cls, msg, node):
        """An error at an AST node's place, its whole range (CPython 3.11's
        compiler errors point at the node they are about)."""
        end = getattr(node, "end_col_offset", None)
        return cls(msg, getattr(node, "lineno", 0), getattr(node, "col_offset", -1) + 1,
                   end_lineno=getattr(node, "end_lineno", None),
                   end_offset=None if end is None else end + 1)
