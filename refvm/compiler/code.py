"""The code object: what the compiler produces and a frame executes."""
from refvm.objects.model import NULL


class Code(object):
    VARARGS = 0x04
    VARKEYWORDS = 0x08
    GENERATOR = 0x20
    CLASS_BODY = 0x1000
    MODULE = 0x2000
    # (the running JIT, {resumption pc: LoopInfo}): generator steps found by
    # refvm/jit/hotloop.py's Jit.next_of without a (code, pc) lookup; cleared
    # when the JIT releases its traces
    jit_steps = None
    # a function CPython has in C (refvm runs the stdlib's pure-Python
    # fallback, importer.C_FUNCTIONS): no traceback entry of its own
    in_c = False

    def __init__(self, name, qualname, filename, firstlineno, flags, argcount,
                 posonlyargcount, kwonlyargcount, varnames, cellvars, freevars, names,
                 consts, ops, args, lines, has_docstring=False):
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstlineno = firstlineno
        self.flags = flags
        self.argcount = argcount
        self.posonlyargcount = posonlyargcount
        self.kwonlyargcount = kwonlyargcount
        self.varnames = varnames
        self.cellvars = cellvars
        self.freevars = freevars
        self.names = names
        self.consts = consts
        self.ops = ops            # opcode per instruction
        self.args = args          # argument per instruction
        self.lines = lines        # source line per instruction
        self.has_docstring = has_docstring
        self.nlocals = len(varnames)
        self.ncells = len(cellvars) + len(freevars)
        # (cell index, argument index) for arguments that live in cells
        self.cell2arg = [(i, varnames.index(n)) for i, n in enumerate(cellvars) if n in varnames]
        nargs = argcount + kwonlyargcount
        self.total_args = nargs + (1 if flags & self.VARARGS else 0) + \
            (1 if flags & self.VARKEYWORDS else 0)
        # keyword-addressable parameters (positional-or-keyword and keyword-only)
        self.arg_index = dict((n, i) for i, n in enumerate(varnames[:argcount + kwonlyargcount])
                              if i >= posonlyargcount)
        self.plain_params = not (flags & (self.VARARGS | self.VARKEYWORDS))
        self.simple_args = not (flags & (self.VARARGS | self.VARKEYWORDS)) and kwonlyargcount == 0
        self.is_generator = bool(flags & self.GENERATOR)
        # a call with exactly argcount positional arguments can use them as the
        # locals list directly (padded with `extra_locals`)
        # (a closure without cellvars uses the function's closure tuple as its cells)
        self.fast_call = self.simple_args and not cellvars and not self.is_generator
        self.extra_locals = [NULL] * (self.nlocals - argcount)
        self.instrs = None        # [(handler, arg)] built by the interpreter on first run

    def line_at(self, pc):
        if 0 <= pc < len(self.lines):
            return self.lines[pc]
        return self.firstlineno

    def __repr__(self):
        return '<code object %s, file "%s", line %d>' % (self.name, self.filename,
                                                         self.firstlineno)
