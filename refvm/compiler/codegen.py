"""Code generation for statements (expressions are in exprgen.py).

Control flow through try/finally, with and loops follows "frame blocks": each
`return`/`break`/`continue` emits, innermost first, the code that leaves every
block it crosses (pop the loop iterator, run the finally body inline, call a
with-statement's __exit__, restore the handled exception).  At run time only
SETUP_FINALLY/POP_BLOCK/POP_EXCEPT touch the frame's block stack.
"""
import _ast as ast     # (the node classes; ast.py itself costs 1 ms at every start)

from refvm.errors import CompileError, Unsupported
from refvm.compiler import symtable as st
from refvm.compiler.assemble import Unit, Label, assemble
from refvm.compiler.code import Code
from refvm.compiler.exprgen import ExprGen
from refvm.interp.instructions import OPCODES

LOOP, TRY_FINALLY, FINALLY_END, HANDLER, HANDLER_CLEANUP, WITH = range(6)

# Pairs of instructions the compiler emits as one (CPython does the same with
# its superinstructions); each is an ordinary entry of the instruction table.
SUPERINSTRUCTIONS = {
    ("LOAD_FAST", "LOAD_ATTR"): "LOAD_FAST_ATTR",
    ("LOAD_FAST", "STORE_ATTR"): "STORE_FAST_ATTR",
    ("LOAD_FAST", "LOAD_FAST"): "LOAD_FAST_LOAD_FAST",
    ("LOAD_FAST", "LOAD_METHOD"): "LOAD_FAST_METHOD",
    ("COMPARE_OP", "POP_JUMP_IF_FALSE"): "COMPARE_OP_JUMP_IF_FALSE",
    ("LOAD_CONST", "IS_OP"): "IS_CONST_OP",
    ("FOR_ITER", "STORE_FAST"): "FOR_ITER_STORE_FAST",
    ("STORE_FAST", "LOAD_FAST"): "STORE_FAST_LOAD_FAST",
    ("LOAD_FAST", "LOAD_CONST"): "LOAD_FAST_LOAD_CONST",
    ("LOAD_CONST", "RETURN_VALUE"): "RETURN_CONST",
    ("BINARY_OP", "STORE_FAST"): "BINARY_OP_STORE_FAST",
    ("LOAD_FAST_LOAD_FAST", "BINARY_OP"): "BINARY_OP_FAST_FAST",
    ("LOAD_FAST_LOAD_CONST", "BINARY_OP"): "BINARY_OP_FAST_CONST",
    ("LOAD_FAST_LOAD_CONST", "BINARY_SUBSCR"): "SUBSCR_FAST_CONST",
    ("STORE_FAST", "STORE_FAST"): "STORE_FAST_STORE_FAST",
    ("LOAD_FAST_ATTR", "POP_JUMP_IF_FALSE"): "LOAD_FAST_ATTR_JUMP_IF_FALSE",
    ("LOAD_FAST_ATTR", "POP_JUMP_IF_TRUE"): "LOAD_FAST_ATTR_JUMP_IF_TRUE",
    # augmented assignment to a subscript or an attribute
    ("DUP_TOP_TWO", "BINARY_SUBSCR"): "SUBSCR_KEEP",
    ("INPLACE_OP", "ROT_THREE"): "INPLACE_OP_ROT_THREE",
    ("INPLACE_OP_ROT_THREE", "STORE_SUBSCR"): "INPLACE_STORE_SUBSCR",
    ("DUP_TOP", "LOAD_ATTR"): "LOAD_ATTR_KEEP",
    ("INPLACE_OP", "ROT_TWO"): "INPLACE_OP_ROT_TWO",
    ("INPLACE_OP_ROT_TWO", "STORE_ATTR"): "INPLACE_STORE_ATTR",
}

# what a warn_to() returns when the program's warnings filters made the
# SyntaxWarning an error: the compiler raises a SyntaxError with its message
# instead, at the node it is about (CPython 3.11's compiler_warn)
AS_ERROR = "error"


class CodeGen(ExprGen):
    def __init__(self, table, filename, warn=None):
        self.table = table
        self.filename = filename
        self.unit = None
        self.class_name = None
        self.warn_to = warn         # warn_to(message, lineno): a SyntaxWarning (see warn)

    # ---------------------------------------------------------------- plumbing

    def emit(self, opname, arg=None):
        """Append an instruction, fusing it with the previous one into a
        superinstruction when no jump lands between them (see SUPERINSTRUCTIONS)."""
        unit = self.unit
        instrs = unit.instrs
        if instrs and len(instrs) not in unit.label_positions:
            prev = instrs[-1]
            fused = SUPERINSTRUCTIONS.get((prev[0], opname))
            if fused is not None and prev[2] == unit.lineno:
                prev[0] = fused
                prev[1] = (prev[1], arg)
                return
        instrs.append([opname, arg, unit.lineno])

    def mark(self, label):
        label.pos = len(self.unit.instrs)
        self.unit.label_positions.add(label.pos)

    def set_line(self, node):
        lineno = getattr(node, "lineno", None)
        if lineno is not None:
            self.unit.lineno = lineno

    def const(self, value):
        self.emit("LOAD_CONST", self.unit.add_const(value))

    def unsupported(self, what, node):
        raise Unsupported(what, getattr(node, "lineno", self.unit.lineno))

    def warn_again(self, node):
        """The SyntaxWarnings of compiling node's expression once more (in the
        order compiling it issues them), without its code."""
        if self.warn_to is None:
            return
        if isinstance(node, ast.Compare):
            self.check_compare(node)
        elif isinstance(node, ast.Call):
            self.check_call(node)
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load):
            self.check_subscript(node)
        for name in node._fields:
            value = getattr(node, name, None)
            for child in (value if isinstance(value, list) else [value]):
                if isinstance(child, ast.AST):
                    self.warn_again(child)

    def warn(self, msg, node):
        """A SyntaxWarning, as CPython 3.11's compiler issues it: when the code
        it is about is compiled (a `finally` body compiled twice warns twice)."""
        if self.warn_to is not None and \
                self.warn_to(msg, getattr(node, "lineno", self.unit.lineno)) == AS_ERROR:
            self.error(msg, node)       # (the program's filters made it an error)

    def error(self, msg, node):
        if getattr(node, "lineno", None) is None:
            raise CompileError(msg, self.unit.lineno)
        raise CompileError.at(msg, node)

    def finish(self, flags, argcount=0, posonly=0, kwonly=0):
        return assemble(self.unit, self.filename, flags, argcount, posonly, kwonly, OPCODES)

    # ---------------------------------------------------------------- names

    def name_op(self, name, ctx):
        """Emit LOAD/STORE/DELETE for a variable according to its scope kind."""
        scope = self.unit.scope
        name = self.mangle(name)
        kind = scope.kind_of(name)
        if kind == st.LOCAL:
            self.emit(ctx + "_FAST", self.unit.add_varname(name))
        elif kind in (st.CELL, st.FREE):
            idx = self.cell_index(name)
            if ctx == "LOAD" and scope.kind == "class":
                self.emit("LOAD_CLASSDEREF", idx)
            else:
                self.emit(ctx + "_DEREF", idx)
        elif kind == st.GLOBAL:
            self.emit(ctx + "_GLOBAL", self.unit.add_name(name))
        else:
            self.emit(ctx + "_NAME", self.unit.add_name(name))

    def cell_index(self, name):
        scope = self.unit.scope
        if name in scope.cellvars:
            return scope.cellvars.index(name)
        return len(scope.cellvars) + scope.freevars.index(name)

    def mangle(self, name):
        return st.mangle(self.class_name, name)

    # ---------------------------------------------------------------- units

    def compile_module(self, tree, mode):
        scope = self.table.top
        self.unit = Unit(scope, "<module>", "<module>", 1)
        if mode == "eval":
            self.visit(tree.body)
            self.emit("RETURN_VALUE")
        else:
            body = tree.body
            if _find_ann(body):
                # (CPython's compiler_body: before the docstring; refvm had it
                # for class bodies only until 2026-12-05, so `x: int = 1` in a
                # module raised NameError: __annotations__)
                self.emit("SETUP_ANNOTATIONS")
            if mode == "exec" and body and _is_docstring(body[0]):
                self.set_line(body[0])
                self.const(body[0].value.value)
                self.name_op("__doc__", "STORE")
                body = body[1:]
            if mode == "single":
                for stmt in body:
                    self.visit(stmt)
            else:
                self.visit_stmts(body)
            self.const(None)
            self.emit("RETURN_VALUE")
        return self.finish(Code.MODULE)

    def compile_function_body(self, node, scope, name, body, is_lambda=False):
        outer, outer_class = self.unit, self.class_name
        unit = Unit(scope, name, scope.qualname, getattr(node, "lineno", 1))
        self.unit = unit
        for p in scope.params:
            unit.add_varname(p)      # already mangled by the symbol table
        if is_lambda:
            unit.add_const(None)
            self.visit(body)
            self.emit("RETURN_VALUE")
        else:
            if body and _is_docstring(body[0]):
                unit.add_const(body[0].value.value)
                unit.has_docstring = True
                body = body[1:]
            else:
                unit.add_const(None)
            self.visit_stmts(body)
            self.const(None)
            self.emit("RETURN_VALUE")
        args = node.args
        flags = 0
        if args.vararg:
            flags |= Code.VARARGS
        if args.kwarg:
            flags |= Code.VARKEYWORDS
        if scope.is_generator:
            flags |= Code.GENERATOR
        code = self.finish(flags, len(args.posonlyargs) + len(args.args),
                           len(args.posonlyargs), len(args.kwonlyargs))
        self.unit, self.class_name = outer, outer_class
        return code

    def make_closure(self, code, scope, flags=0):
        """Push the closure tuple (if any) and the code; emit MAKE_FUNCTION."""
        if scope.freevars:
            for name in scope.freevars:
                self.emit("LOAD_CLOSURE", self.cell_index(name))
            self.emit("BUILD_TUPLE", len(scope.freevars))
            flags |= 0x08
        self.emit("LOAD_CONST", self.unit.add_const(code))
        self.const(code.qualname)
        self.emit("MAKE_FUNCTION", flags)

    # ---------------------------------------------------------------- statements

    def visit_stmts(self, stmts):
        for s in stmts:
            self.visit(s)

    def visit(self, node):
        m = getattr(self, "visit_" + type(node).__name__, None)
        if m is None:
            self.unsupported(type(node).__name__, node)
        saved = self.unit.lineno
        self.set_line(node)
        m(node)
        if isinstance(node, ast.expr):
            self.unit.lineno = saved

    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant):
            return
        self.visit(node.value)
        self.emit("POP_TOP")

    def visit_Pass(self, node):
        pass

    def visit_FunctionDef(self, node):
        scope = self.table.scope_for(node)
        for d in node.decorator_list:
            self.visit(d)
        flags = self.function_defaults(node.args)
        if self.function_annotations(node):
            flags |= 0x04
        code = self.compile_function_body(node, scope, node.name, node.body)
        self.make_closure(code, scope, flags)
        for _ in node.decorator_list:
            self.emit("CALL_FUNCTION", 1)
        self.name_op(node.name, "STORE")

    def function_defaults(self, args):
        flags = 0
        if args.defaults:
            for d in args.defaults:
                self.visit(d)
            self.emit("BUILD_TUPLE", len(args.defaults))
            flags |= 0x01
        kw = [(a.arg, d) for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None]
        if kw:
            for name, d in kw:
                self.const(name)
                self.visit(d)
            self.emit("BUILD_MAP", len(kw))
            flags |= 0x02
        return flags

    def function_annotations(self, node):
        args = node.args
        items = []
        for a in args.posonlyargs + args.args + ([args.vararg] if args.vararg else []) + \
                args.kwonlyargs + ([args.kwarg] if args.kwarg else []):
            if a.annotation is not None:
                items.append((a.arg, a.annotation))
        if node.returns is not None:
            items.append(("return", node.returns))
        if not items:
            return False
        for name, ann in items:
            self.const(name)
            self.visit(ann)
        self.emit("BUILD_MAP", len(items))
        return True

    def visit_Lambda(self, node):
        scope = self.table.scope_for(node)
        flags = self.function_defaults(node.args)
        code = self.compile_function_body(node, scope, "<lambda>", node.body, is_lambda=True)
        self.make_closure(code, scope, flags)

    def visit_ClassDef(self, node):
        scope = self.table.scope_for(node)
        for d in node.decorator_list:
            self.visit(d)
        self.emit("LOAD_BUILD_CLASS")
        code = self.compile_class_body(node, scope)
        self.make_closure(code, scope)
        self.const(node.name)
        self.call_helper(2, node.bases, node.keywords)
        for _ in node.decorator_list:
            self.emit("CALL_FUNCTION", 1)
        self.name_op(node.name, "STORE")

    def compile_class_body(self, node, scope):
        outer, outer_class = self.unit, self.class_name
        self.unit = Unit(scope, node.name, scope.qualname, node.lineno)
        self.class_name = node.name
        self.emit("LOAD_NAME", self.unit.add_name("__name__"))
        self.emit("STORE_NAME", self.unit.add_name("__module__"))
        self.const(scope.qualname)
        self.emit("STORE_NAME", self.unit.add_name("__qualname__"))
        body = node.body
        if body and _is_docstring(body[0]):
            self.set_line(body[0])
            self.const(body[0].value.value)
            self.emit("STORE_NAME", self.unit.add_name("__doc__"))
            body = body[1:]
        if _find_ann(body):
            self.emit("SETUP_ANNOTATIONS")
        self.visit_stmts(body)
        if scope.needs_class_cell:
            self.emit("LOAD_CLOSURE", self.cell_index("__class__"))
            self.emit("STORE_NAME", self.unit.add_name("__classcell__"))
        self.const(None)
        self.emit("RETURN_VALUE")
        code = self.finish(Code.CLASS_BODY)
        self.unit, self.class_name = outer, outer_class
        return code

    def visit_Return(self, node):
        if not self.unit.scope.is_function:
            self.error("'return' outside function", node)
        if node.value is not None:
            if self.unit.scope.is_generator and False:
                pass
            self.visit(node.value)
        else:
            self.const(None)
        self.unwind_all(preserve_tos=True)
        self.emit("RETURN_VALUE")

    def visit_Delete(self, node):
        for t in node.targets:
            self.delete_target(t)

    def delete_target(self, t):
        if isinstance(t, ast.Name):
            self.name_op(t.id, "DELETE")
        elif isinstance(t, ast.Attribute):
            self.visit(t.value)
            self.emit("DELETE_ATTR", self.unit.add_name(self.mangle(t.attr)))
        elif isinstance(t, ast.Subscript):
            self.visit(t.value)
            self.visit(t.slice)
            self.emit("DELETE_SUBSCR")
        elif isinstance(t, (ast.Tuple, ast.List)):
            for e in t.elts:
                self.delete_target(e)
        else:
            self.error("cannot delete %s" % type(t).__name__.lower(), t)

    def visit_Assign(self, node):
        self.visit(node.value)
        for i, t in enumerate(node.targets):
            if i < len(node.targets) - 1:
                self.emit("DUP_TOP")
            self.store_target(t)

    def store_target(self, t):
        if isinstance(t, ast.Name):
            self.name_op(t.id, "STORE")
        elif isinstance(t, ast.Attribute):
            self.visit(t.value)
            self.emit("STORE_ATTR", self.unit.add_name(self.mangle(t.attr)))
        elif isinstance(t, ast.Subscript):
            self.visit(t.value)
            self.visit(t.slice)
            self.emit("STORE_SUBSCR")
        elif isinstance(t, (ast.Tuple, ast.List)):
            self.unpack_targets(t.elts, t)
        elif isinstance(t, ast.Starred):
            self.error("starred assignment target must be in a list or tuple", t)
        else:
            self.error("cannot assign to %s" % type(t).__name__.lower(), t)

    def unpack_targets(self, elts, node):
        starred = [i for i, e in enumerate(elts) if isinstance(e, ast.Starred)]
        if len(starred) > 1:
            self.error("multiple starred expressions in assignment", node)
        if starred:
            i = starred[0]
            after = len(elts) - i - 1
            if i >= 256 or after >= (1 << 24):
                self.error("too many expressions in star-unpacking assignment", node)
            self.emit("UNPACK_EX", i | (after << 8))
        else:
            self.emit("UNPACK_SEQUENCE", len(elts))
        for e in elts:
            self.store_target(e.value if isinstance(e, ast.Starred) else e)

    def visit_AugAssign(self, node):
        op = self.binop_index(node.op)
        t = node.target
        if isinstance(t, ast.Name):
            self.name_op(t.id, "LOAD")
            self.visit(node.value)
            self.emit("INPLACE_OP", op)
            self.name_op(t.id, "STORE")
        elif isinstance(t, ast.Attribute):
            self.visit(t.value)
            self.emit("DUP_TOP")
            name = self.unit.add_name(self.mangle(t.attr))
            self.emit("LOAD_ATTR", name)
            self.visit(node.value)
            self.emit("INPLACE_OP", op)
            self.emit("ROT_TWO")
            self.emit("STORE_ATTR", name)
        elif isinstance(t, ast.Subscript):
            self.visit(t.value)
            self.visit(t.slice)
            self.emit("DUP_TOP_TWO")
            self.emit("BINARY_SUBSCR")
            self.visit(node.value)
            self.emit("INPLACE_OP", op)
            self.emit("ROT_THREE")
            self.emit("STORE_SUBSCR")
        else:
            self.error("'%s' is an illegal expression for augmented assignment"
                       % type(t).__name__.lower(), t)

    def visit_AnnAssign(self, node):
        t = node.target
        scope = self.unit.scope
        if node.value is not None:
            self.visit(node.value)
            self.store_target(t)
        if isinstance(t, ast.Name) and node.simple and scope.kind != "function":
            self.visit(node.annotation)
            self.name_op("__annotations__", "LOAD")
            self.const(t.id)
            self.emit("STORE_SUBSCR")
        elif isinstance(t, (ast.Attribute, ast.Subscript)) and node.value is None:
            self.visit(t.value)
            self.emit("POP_TOP")

    def visit_If(self, node):
        end = Label()
        orelse = Label() if node.orelse else end
        self.jump_if(node.test, False, orelse)
        self.visit_stmts(node.body)
        if node.orelse:
            self.emit("JUMP", end)
            self.mark(orelse)
            self.visit_stmts(node.orelse)
        self.mark(end)

    def jump_if(self, test, cond, label):
        """Jump to label when truth(test) == cond (with short-circuit shapes)."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            self.jump_if(test.operand, not cond, label)
            return
        if isinstance(test, ast.BoolOp):
            is_and = isinstance(test.op, ast.And)
            if is_and != cond:
                for v in test.values:
                    self.jump_if(v, cond, label)
            else:
                skip = Label()
                for v in test.values[:-1]:
                    self.jump_if(v, not cond, skip)
                self.jump_if(test.values[-1], cond, label)
                self.mark(skip)
            return
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and \
                isinstance(test.ops[0], (ast.Is, ast.IsNot)) and \
                isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None:
            # `x is None` / `x is not None` as a test: one instruction, as in CPython 3.11
            self.check_compare(test)
            self.visit(test.left)
            jump_if_none = isinstance(test.ops[0], ast.Is) == cond
            self.emit("POP_JUMP_IF_NONE" if jump_if_none else "POP_JUMP_IF_NOT_NONE", label)
            return
        if isinstance(test, ast.Compare) and len(test.ops) > 1:
            # `a < b < c` as a test: each comparison's result is tested once,
            # by the jump that leaves (CPython 3.11's compiler_jump_if); its
            # value form (ExprGen.visit_Compare) keeps a false result for the
            # test after it, which would ask a result's __bool__ twice
            cleanup, end = Label(), Label()
            self.check_compare(test)
            self.compare_chain(test, "POP_JUMP_IF_FALSE", cleanup)
            self.compare_op(test.ops[-1])
            self.emit("POP_JUMP_IF_TRUE" if cond else "POP_JUMP_IF_FALSE", label)
            self.emit("JUMP", end)
            self.mark(cleanup)
            self.emit("POP_TOP")
            if not cond:
                self.emit("JUMP", label)
            self.mark(end)
            return
        self.visit(test)
        self.emit("POP_JUMP_IF_TRUE" if cond else "POP_JUMP_IF_FALSE", label)

    def visit_While(self, node):
        top, end = Label(), Label()
        orelse = Label() if node.orelse else end
        self.mark(top)
        if not (isinstance(node.test, ast.Constant) and node.test.value):
            self.jump_if(node.test, False, orelse)
        elif node.body and isinstance(node.body[0], ast.While):
            # `while True:` starting with a loop: without a test of its own, its
            # back edge would jump to the inner loop's header, and the JIT, which
            # knows loops by their header, would take the two loops for one
            self.emit("NOP")
        self.unit.fblocks.append((LOOP, (top, end, False)))
        self.visit_stmts(node.body)
        self.unit.fblocks.pop()
        self.emit("JUMP", top)
        # CPython 3.11 compiles the test again after the body (its loop jumps
        # back from a copy of the test): its SyntaxWarnings come twice
        self.warn_again(node.test)
        if node.orelse:
            self.mark(orelse)
            self.visit_stmts(node.orelse)
        self.mark(end)

    def visit_For(self, node):
        top, exit_, end = Label(), Label(), Label()
        self.visit(node.iter)
        self.emit("GET_ITER")
        self.mark(top)
        self.emit("FOR_ITER", exit_)
        self.store_target(node.target)
        self.unit.fblocks.append((LOOP, (top, end, True)))
        self.visit_stmts(node.body)
        self.unit.fblocks.pop()
        self.emit("JUMP", top)
        self.mark(exit_)
        self.visit_stmts(node.orelse)
        self.mark(end)

    def visit_Break(self, node):
        self.loop_exit(node, is_break=True)

    def visit_Continue(self, node):
        self.loop_exit(node, is_break=False)

    def loop_exit(self, node, is_break):
        fblocks = self.unit.fblocks
        for i in range(len(fblocks) - 1, -1, -1):
            kind, data = fblocks[i]
            if kind == LOOP:
                top, end, is_for = data
                if is_break:
                    if is_for:
                        self.emit("POP_TOP")
                    self.emit("JUMP", end)
                else:
                    self.emit("JUMP", top)
                return
            self.unwind_block(i, preserve_tos=False)
        self.error("'break' outside loop" if is_break else "'continue' not properly in loop",
                   node)

    def unwind_all(self, preserve_tos):
        for i in range(len(self.unit.fblocks) - 1, -1, -1):
            kind, data = self.unit.fblocks[i]
            if kind == LOOP:
                if data[2]:
                    if preserve_tos:
                        self.emit("ROT_TWO")
                    self.emit("POP_TOP")
                continue
            self.unwind_block(i, preserve_tos)

    def unwind_block(self, i, preserve_tos):
        """Emit the code that leaves frame block i early (return/break/continue)."""
        kind, data = self.unit.fblocks[i]
        if kind == TRY_FINALLY:
            self.emit("POP_BLOCK")
            saved = self.unit.fblocks
            self.unit.fblocks = saved[:i]
            self.visit_stmts(data)
            self.unit.fblocks = saved
        elif kind == FINALLY_END:
            if preserve_tos:
                self.emit("ROT_TWO")
            self.emit("POP_TOP")
            self.emit("POP_EXCEPT")
        elif kind == HANDLER:
            self.emit("POP_EXCEPT")
        elif kind == HANDLER_CLEANUP:
            self.emit("POP_BLOCK")
            self.emit("POP_EXCEPT")
            self.const(None)
            self.name_op(data, "STORE")
            self.name_op(data, "DELETE")
        elif kind == WITH:
            self.emit("POP_BLOCK")
            if preserve_tos:
                self.emit("ROT_TWO")
            self.emit("WITH_EXIT")

    def visit_Raise(self, node):
        n = 0
        if node.exc is not None:
            self.visit(node.exc)
            n = 1
            if node.cause is not None:
                self.visit(node.cause)
                n = 2
        self.emit("RAISE_VARARGS", n)

    # ------------------------------------------------------------ match
    # Each case's pattern is tested by one call of the runtime matcher
    # (interp/matching.py) with the subject, the values the pattern names
    # (value patterns' and class patterns' expressions, evaluated in the
    # pattern's order when its case is reached) and a constant description of
    # the pattern; it gives the captured values in the case's name order, or
    # None.  The subject stays on the stack until a case is chosen.

    def visit_Match(self, node):
        from refvm.interp.matching import MATCHER
        end = Label()
        self.visit(node.subject)
        for case in node.cases:
            self.set_line(case.pattern)
            names, values = [], []
            spec = _pattern_spec(case.pattern, names, values)
            fail, skip = Label(), Label()
            self.emit("DUP_TOP")
            self.const(MATCHER)
            self.emit("ROT_TWO")
            for v in values:
                self.visit(v)
            self.emit("BUILD_TUPLE", len(values))
            self.const((tuple(names), spec))
            self.emit("CALL_FUNCTION", 3)
            self.emit("DUP_TOP")
            self.emit("POP_JUMP_IF_NONE", fail)
            if names:
                self.emit("UNPACK_SEQUENCE", len(names))
                for name in names:
                    self.name_op(name, "STORE")
            else:
                self.emit("POP_TOP")
            if case.guard is not None:
                self.jump_if(case.guard, False, skip)
            self.emit("POP_TOP")            # (the subject)
            self.visit_stmts(case.body)
            self.emit("JUMP", end)
            self.mark(fail)
            self.emit("POP_TOP")            # (the matcher's None)
            self.mark(skip)
        self.emit("POP_TOP")
        self.mark(end)

    def visit_Try(self, node):
        if node.finalbody:
            self.try_finally(node)
        else:
            self.try_except(node)

    def try_finally(self, node):
        handler, end = Label(), Label()
        self.emit("SETUP_FINALLY", handler)
        self.unit.fblocks.append((TRY_FINALLY, node.finalbody))
        if node.handlers:
            self.try_except(node)
        else:
            self.visit_stmts(node.body)
        self.unit.fblocks.pop()
        self.emit("POP_BLOCK")
        self.visit_stmts(node.finalbody)
        self.emit("JUMP", end)
        self.mark(handler)
        self.unit.fblocks.append((FINALLY_END, None))
        self.visit_stmts(node.finalbody)
        self.unit.fblocks.pop()
        self.emit("RERAISE")
        self.mark(end)

    def try_except(self, node):
        handler, end = Label(), Label()
        self.emit("SETUP_FINALLY", handler)
        self.unit.fblocks.append((TRY_FINALLY, []))
        self.visit_stmts(node.body)
        self.unit.fblocks.pop()
        self.emit("POP_BLOCK")
        self.visit_stmts(node.orelse)
        self.emit("JUMP", end)
        self.mark(handler)
        for i, h in enumerate(node.handlers):
            self.set_line(h)
            nxt = Label()
            if h.type is None and i != len(node.handlers) - 1:
                self.error("default 'except:' must be last", h)
            if h.type is not None:
                self.emit("DUP_TOP")
                self.visit(h.type)
                self.emit("CHECK_EXC_MATCH")
                self.emit("POP_JUMP_IF_FALSE", nxt)
            if h.name:
                self.name_op(h.name, "STORE")
                cleanup = Label()
                self.emit("SETUP_FINALLY", cleanup)
                self.unit.fblocks.append((HANDLER_CLEANUP, h.name))
                self.visit_stmts(h.body)
                self.unit.fblocks.pop()
                self.emit("POP_BLOCK")
                self.emit("POP_EXCEPT")
                self.const(None)
                self.name_op(h.name, "STORE")
                self.name_op(h.name, "DELETE")
                self.emit("JUMP", end)
                self.mark(cleanup)
                self.const(None)
                self.name_op(h.name, "STORE")
                self.name_op(h.name, "DELETE")
                self.emit("RERAISE")
            else:
                self.emit("POP_TOP")
                self.unit.fblocks.append((HANDLER, None))
                self.visit_stmts(h.body)
                self.unit.fblocks.pop()
                self.emit("POP_EXCEPT")
                self.emit("JUMP", end)
            self.mark(nxt)
        self.emit("RERAISE")
        self.mark(end)

    def visit_With(self, node):
        self.with_items(node, 0)

    def with_items(self, node, i):
        item = node.items[i]
        handler, suppress, end = Label(), Label(), Label()
        self.visit(item.context_expr)
        self.emit("BEFORE_WITH", handler)
        self.unit.fblocks.append((WITH, None))
        if item.optional_vars is not None:
            self.store_target(item.optional_vars)
        else:
            self.emit("POP_TOP")
        if i + 1 < len(node.items):
            self.with_items(node, i + 1)
        else:
            self.visit_stmts(node.body)
        self.unit.fblocks.pop()
        # the exit's call is the with statement's line (CPython 3.11's
        # compiler_with: SET_LOC(c, s) after the body): a frame looked at from
        # __exit__ is there, not at the body's last line
        self.unit.lineno = node.lineno
        self.emit("POP_BLOCK")
        self.emit("WITH_EXIT")
        self.emit("JUMP", end)
        self.mark(handler)
        self.emit("WITH_EXCEPT")
        self.emit("POP_JUMP_IF_TRUE", suppress)
        self.emit("RERAISE")
        self.mark(suppress)
        self.emit("POP_TOP")
        self.emit("POP_EXCEPT")
        self.emit("POP_TOP")
        self.mark(end)

    def visit_Assert(self, node):
        t = node.test
        if (isinstance(t, ast.Tuple) and t.elts) or \
                (isinstance(t, ast.Constant) and isinstance(t.value, tuple) and t.value):
            self.warn("assertion is always true, perhaps remove parentheses?", node)
        end = Label()
        self.jump_if(node.test, True, end)
        self.emit("LOAD_ASSERTION_ERROR")
        if node.msg is not None:
            self.visit(node.msg)
            self.emit("CALL_FUNCTION", 1)
        self.emit("RAISE_VARARGS", 1)
        self.mark(end)

    def visit_Import(self, node):
        for alias in node.names:
            self.const(0)
            self.const(None)
            self.emit("IMPORT_NAME", self.unit.add_name(alias.name))
            if alias.asname:
                parts = alias.name.split(".")
                for p in parts[1:]:
                    self.emit("IMPORT_FROM", self.unit.add_name(p))
                    self.emit("ROT_TWO")
                    self.emit("POP_TOP")
                self.name_op(alias.asname, "STORE")
            else:
                self.name_op(alias.name.split(".")[0], "STORE")

    def visit_ImportFrom(self, node):
        names = tuple(a.name for a in node.names)
        self.const(node.level)
        self.const(names)
        self.emit("IMPORT_NAME", self.unit.add_name(node.module or ""))
        if names == ("*",):
            self.emit("IMPORT_STAR")
            return
        for alias in node.names:
            self.emit("IMPORT_FROM", self.unit.add_name(alias.name))
            self.name_op(alias.asname or alias.name, "STORE")
        self.emit("POP_TOP")

    def visit_Global(self, node):
        pass

    def visit_Nonlocal(self, node):
        pass


def _pattern_spec(p, names, values):
    """A pattern as the matcher's constant description; names gets the
    captured names in order, values the expressions to evaluate."""
    if isinstance(p, ast.MatchValue):
        values.append(p.value)
        return ("value", len(values) - 1)
    if isinstance(p, ast.MatchSingleton):
        return ("single", p.value)
    if isinstance(p, ast.MatchAs):
        sub = _pattern_spec(p.pattern, names, values) if p.pattern is not None else None
        if p.name is not None and p.name not in names:
            names.append(p.name)
        return ("as", sub, p.name)
    if isinstance(p, ast.MatchOr):
        return ("or", tuple(_pattern_spec(alt, names, values) for alt in p.patterns))
    if isinstance(p, ast.MatchSequence):
        star = -1
        items = []
        for k, item in enumerate(p.patterns):
            if isinstance(item, ast.MatchStar):
                star = k
                if item.name is not None and item.name not in names:
                    names.append(item.name)
                items.append(("star", item.name))
            else:
                items.append(_pattern_spec(item, names, values))
        return ("seq", tuple(items), star)
    if isinstance(p, ast.MatchMapping):
        keys = []
        for key in p.keys:
            values.append(key)
            keys.append(len(values) - 1)
        subs = tuple(_pattern_spec(v, names, values) for v in p.patterns)
        if p.rest is not None and p.rest not in names:
            names.append(p.rest)
        return ("map", tuple(keys), subs, p.rest)
    if isinstance(p, ast.MatchClass):
        values.append(p.cls)
        cls = len(values) - 1
        pos = tuple(_pattern_spec(q, names, values) for q in p.patterns)
        kw = tuple(_pattern_spec(q, names, values) for q in p.kwd_patterns)
        return ("class", cls, pos, tuple(p.kwd_attrs), kw)
    raise Unsupported("match pattern %s" % type(p).__name__, getattr(p, "lineno", 0))


# the compound statements whose blocks _find_ann looks into (try* on a 3.11 host)
_BLOCKS = (ast.For, ast.AsyncFor, ast.While, ast.If, ast.With, ast.AsyncWith, ast.Try) + \
    ((ast.TryStar,) if hasattr(ast, "TryStar") else ())


def _find_ann(stmts):
    """Is there an annotated assignment in these statements, or in the
    blocks of the compound ones (not in a def or class)?  CPython's find_ann."""
    for stmt in stmts:
        if isinstance(stmt, ast.AnnAssign):
            return True
        if not isinstance(stmt, _BLOCKS):
            continue
        blocks = [getattr(stmt, f, None) or [] for f in ("body", "orelse", "finalbody")]
        blocks += [h.body for h in getattr(stmt, "handlers", ())]
        if any(_find_ann(b) for b in blocks):
            return True
    return False


def _is_docstring(stmt):
    return isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) \
        and isinstance(stmt.value.value, str)
