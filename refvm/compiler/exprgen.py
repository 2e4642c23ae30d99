"""Code generation for expressions (a mixin of CodeGen)."""
import _ast as ast     # (the node classes; ast.py itself costs 1 ms at every start)

from refvm.compiler.assemble import Unit, Label
from refvm.compiler.code import Code
from refvm.objects.space import BINOP_INDEX

BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//",
          ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>",
          ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^", ast.MatMult: "@"}
COMPARES = {ast.Lt: 0, ast.LtE: 1, ast.Eq: 2, ast.NotEq: 3, ast.Gt: 4, ast.GtE: 5}
UNARY = {ast.USub: 0, ast.UAdd: 1, ast.Invert: 2}


class ExprGen(object):

    def binop_index(self, op):
        return BINOP_INDEX[BINOPS[type(op)]]

    def visit_Constant(self, node):
        self.const(node.value)

    def visit_Name(self, node):
        ctx = "LOAD" if isinstance(node.ctx, ast.Load) else "STORE"
        self.name_op(node.id, ctx)

    def visit_Attribute(self, node):
        self.visit(node.value)
        self.emit("LOAD_ATTR", self.unit.add_name(self.mangle(node.attr)))

    def visit_Subscript(self, node):
        self.check_subscript(node)
        self.visit(node.value)
        self.visit(node.slice)
        self.emit("BINARY_SUBSCR")

    def check_compare(self, node):
        """`x is 1`: a SyntaxWarning (CPython 3.11, check_compare)."""
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Is, ast.IsNot)) and (_literal(left) or _literal(right)):
                self.warn('"is" with a literal. Did you mean "=="?' if isinstance(op, ast.Is)
                          else '"is not" with a literal. Did you mean "!="?', node)
                return
            left = right

    def check_subscript(self, node):
        """`None[0]`, `[1, 2]["a"]`: SyntaxWarnings (check_subscripter, check_index)."""
        value, index = node.value, node.slice
        if (isinstance(value, ast.Constant) and (
                value.value is None or value.value is Ellipsis or
                isinstance(value.value, (int, float, complex, set, frozenset)))) or \
                isinstance(value, (ast.Set, ast.SetComp, ast.GeneratorExp, ast.Lambda)):
            self.warn("'%s' object is not subscriptable; perhaps you missed a comma?"
                      % _inferred_type(value), node)
            return
        kind = _inferred_type(index)
        if kind is None or kind in ("int", "bool", "slice"):
            return
        if (isinstance(value, ast.Constant) and isinstance(value.value, (str, bytes, tuple))) or \
                isinstance(value, (ast.Tuple, ast.List, ast.ListComp, ast.JoinedStr,
                                   ast.FormattedValue)):
            self.warn("%s indices must be integers or slices, not %s; perhaps you missed a comma?"
                      % (_inferred_type(value), kind), node)

    def visit_Slice(self, node):
        n = 2
        for part in (node.lower, node.upper):
            if part is None:
                self.const(None)
            else:
                self.visit(part)
        if node.step is not None:
            self.visit(node.step)
            n = 3
        self.emit("BUILD_SLICE", n)

    def visit_BinOp(self, node):
        self.visit(node.left)
        self.visit(node.right)
        self.emit("BINARY_OP", self.binop_index(node.op))

    def visit_UnaryOp(self, node):
        self.visit(node.operand)
        if isinstance(node.op, ast.Not):
            self.emit("UNARY_NOT")
        else:
            self.emit("UNARY_OP", UNARY[type(node.op)])

    def visit_BoolOp(self, node):
        end = Label()
        op = "JUMP_IF_FALSE_OR_POP" if isinstance(node.op, ast.And) else "JUMP_IF_TRUE_OR_POP"
        for v in node.values[:-1]:
            self.visit(v)
            self.emit(op, end)
        self.visit(node.values[-1])
        self.mark(end)

    def compare_op(self, op):
        t = type(op)
        if t in COMPARES:
            self.emit("COMPARE_OP", COMPARES[t])
        elif t is ast.Is:
            self.emit("IS_OP", 0)
        elif t is ast.IsNot:
            self.emit("IS_OP", 1)
        elif t is ast.In:
            self.emit("CONTAINS_OP", 0)
        else:
            self.emit("CONTAINS_OP", 1)

    def compare_chain(self, node, jump, cleanup):
        """`a < b < c` up to its last comparison: each intermediate result is
        tested by `jump` (to cleanup, where the operand kept for the next
        comparison is still on the stack), the last operand pushed."""
        self.visit(node.left)
        for op, right in zip(node.ops[:-1], node.comparators[:-1]):
            self.visit(right)
            self.emit("DUP_TOP")
            self.emit("ROT_THREE")
            self.compare_op(op)
            self.emit(jump, cleanup)
        self.visit(node.comparators[-1])

    def visit_Compare(self, node):
        self.check_compare(node)
        if len(node.ops) == 1:
            self.visit(node.left)
            self.visit(node.comparators[0])
            self.compare_op(node.ops[0])
            return
        cleanup, end = Label(), Label()
        self.compare_chain(node, "JUMP_IF_FALSE_OR_POP", cleanup)
        self.compare_op(node.ops[-1])
        self.emit("JUMP", end)
        self.mark(cleanup)
        self.emit("ROT_TWO")
        self.emit("POP_TOP")
        self.mark(end)

    def visit_IfExp(self, node):
        orelse, end = Label(), Label()
        self.jump_if(node.test, False, orelse)
        self.visit(node.body)
        self.emit("JUMP", end)
        self.mark(orelse)
        self.visit(node.orelse)
        self.mark(end)

    def visit_NamedExpr(self, node):
        self.visit(node.value)
        self.emit("DUP_TOP")
        self.name_op(node.target.id, "STORE")

    # ---------------------------------------------------------------- displays

    def starred_sequence(self, elts, build, extend, append):
        """Build a list/tuple/set display, honouring *starred items."""
        if not any(isinstance(e, ast.Starred) for e in elts):
            for e in elts:
                self.visit(e)
            self.emit(build, len(elts))
            return False
        self.emit("BUILD_LIST" if build != "BUILD_SET" else "BUILD_SET", 0)
        for e in elts:
            if isinstance(e, ast.Starred):
                self.visit(e.value)
                self.emit(extend, 1)
            else:
                self.visit(e)
                self.emit(append, 1)
        return True

    def visit_Tuple(self, node):
        if isinstance(node.ctx, ast.Store):
            self.unpack_targets(node.elts, node)
            return
        if all(isinstance(e, ast.Constant) for e in node.elts) and node.elts:
            self.const(tuple(e.value for e in node.elts))
            return
        if self.starred_sequence(node.elts, "BUILD_TUPLE", "LIST_EXTEND", "LIST_APPEND"):
            self.emit("LIST_TO_TUPLE")

    def visit_List(self, node):
        if isinstance(node.ctx, ast.Store):
            self.unpack_targets(node.elts, node)
            return
        self.starred_sequence(node.elts, "BUILD_LIST", "LIST_EXTEND", "LIST_APPEND")

    def visit_Set(self, node):
        self.starred_sequence(node.elts, "BUILD_SET", "SET_UPDATE", "SET_ADD")

    def visit_Dict(self, node):
        if None not in node.keys:
            for k, v in zip(node.keys, node.values):
                self.visit(k)
                self.visit(v)
            self.emit("BUILD_MAP", len(node.keys))
            return
        self.emit("BUILD_MAP", 0)
        for k, v in zip(node.keys, node.values):
            if k is None:
                self.visit(v)
                self.emit("DICT_UPDATE", 1)
            else:
                self.visit(k)
                self.visit(v)
                self.emit("MAP_ADD", 1)

    def visit_Starred(self, node):
        self.error("can't use starred expression here", node)

    # ---------------------------------------------------------------- strings

    def visit_JoinedStr(self, node):
        for v in node.values:
            self.visit(v)
        if len(node.values) != 1:
            self.emit("BUILD_STRING", len(node.values))
        elif isinstance(node.values[0], ast.Constant):
            pass

    def visit_FormattedValue(self, node):
        self.visit(node.value)
        flags = {-1: 0, 115: 1, 114: 2, 97: 3}[node.conversion]
        if node.format_spec is not None:
            self.visit(node.format_spec)
            if len(node.format_spec.values) == 1 and \
                    isinstance(node.format_spec.values[0], ast.Constant):
                pass
            flags |= 4
        self.emit("FORMAT_VALUE", flags)

    # ---------------------------------------------------------------- calls

    def check_call(self, node):
        """`(1)(2)`: a SyntaxWarning (check_caller)."""
        if isinstance(node.func, _NOT_CALLABLE):
            self.warn("'%s' object is not callable; perhaps you missed a comma?"
                      % _inferred_type(node.func), node)

    def visit_Call(self, node):
        f = node.func
        self.check_call(node)
        if isinstance(f, ast.Attribute) and not node.keywords and \
                not any(isinstance(a, ast.Starred) for a in node.args):
            self.visit(f.value)
            self.set_line(f)
            self.emit("LOAD_METHOD", self.unit.add_name(self.mangle(f.attr)))
            for a in node.args:
                self.visit(a)
            self.set_line(node)
            self.emit("CALL_METHOD", len(node.args))
            return
        self.visit(f)
        self.call_helper(0, node.args, node.keywords)

    def call_helper(self, n_already, args, keywords):
        """Emit a call whose callee (and n_already positional args) are pushed."""
        dynamic = any(isinstance(a, ast.Starred) for a in args) or \
            any(k.arg is None for k in keywords)
        if not dynamic:
            for a in args:
                self.visit(a)
            if keywords:
                for k in keywords:
                    self.visit(k.value)
                self.const(tuple(k.arg for k in keywords))
                self.emit("CALL_FUNCTION_KW", n_already + len(args) + len(keywords))
            else:
                self.emit("CALL_FUNCTION", n_already + len(args))
            return
        if n_already == 0 and len(args) == 1 and isinstance(args[0], ast.Starred):
            # (CPython 3.11's compiler_call_helper: `f(*x)` passes x itself, and
            # CALL_FUNCTION_EX makes the tuple, naming f in its error)
            self.visit(args[0].value)
        else:
            self.emit("BUILD_LIST", n_already)
            for a in args:
                if isinstance(a, ast.Starred):
                    self.visit(a.value)
                    self.emit("LIST_EXTEND", 1)
                else:
                    self.visit(a)
                    self.emit("LIST_APPEND", 1)
            self.emit("LIST_TO_TUPLE")
        if keywords:
            self.emit("BUILD_MAP", 0)
            for k in keywords:
                if k.arg is None:
                    self.visit(k.value)
                    self.emit("DICT_MERGE", 1)
                else:
                    self.const(k.arg)
                    self.visit(k.value)
                    self.emit("MAP_ADD", 1)
            self.emit("CALL_FUNCTION_EX", 1)
        else:
            self.emit("CALL_FUNCTION_EX", 0)

    # ---------------------------------------------------------------- generators

    def visit_Yield(self, node):
        if node.value is None:
            self.const(None)
        else:
            self.visit(node.value)
        self.emit("YIELD_VALUE")

    def visit_YieldFrom(self, node):
        self.visit(node.value)
        self.emit("GET_YIELD_FROM_ITER")
        self.const(None)
        self.emit("YIELD_FROM")

    def visit_Await(self, node):
        self.unsupported("await", node)

    # ---------------------------------------------------------------- comprehensions

    def comprehension(self, node, build, elts):
        scope = self.table.scope_for(node)
        outer, outer_class = self.unit, self.class_name
        unit = Unit(scope, scope.name, scope.qualname, node.lineno)
        unit.lineno = node.lineno
        self.unit = unit
        unit.add_varname(".0")
        if build is not None:
            self.emit(build, 0)
        self.comprehension_loop(node.generators, 0, build, elts)
        if build is None:
            self.const(None)
        self.emit("RETURN_VALUE")
        flags = Code.GENERATOR if build is None else 0
        code = self.finish(flags, 1)
        self.unit, self.class_name = outer, outer_class
        self.make_closure(code, scope)
        self.visit(node.generators[0].iter)
        self.emit("GET_ITER")
        self.emit("CALL_FUNCTION", 1)

    def comprehension_loop(self, gens, i, build, elts):
        g = gens[i]
        top, end = Label(), Label()
        if i == 0:
            self.emit("LOAD_FAST", 0)
        else:
            self.visit(g.iter)
            self.emit("GET_ITER")
        self.mark(top)
        self.emit("FOR_ITER", end)
        self.store_target(g.target)
        for cond in g.ifs:
            self.jump_if(cond, False, top)
        if i + 1 < len(gens):
            self.comprehension_loop(gens, i + 1, build, elts)
        else:
            depth = len(gens) + 1
            for e in elts:
                self.visit(e)
            if build == "BUILD_LIST":
                self.emit("LIST_APPEND", depth)
            elif build == "BUILD_SET":
                self.emit("SET_ADD", depth)
            elif build == "BUILD_MAP":
                self.emit("MAP_ADD", depth)
            else:
                self.emit("YIELD_VALUE")
                self.emit("POP_TOP")
        self.emit("JUMP", top)
        self.mark(end)

    def visit_ListComp(self, node):
        self.comprehension(node, "BUILD_LIST", [node.elt])

    def visit_SetComp(self, node):
        self.comprehension(node, "BUILD_SET", [node.elt])

    def visit_DictComp(self, node):
        self.comprehension(node, "BUILD_MAP", [node.key, node.value])

    def visit_GeneratorExp(self, node):
        self.comprehension(node, None, [node.elt])


# -- CPython 3.11's compile-time SyntaxWarnings (compile.c: check_compare,
# check_caller, check_subscripter, check_index), on the folded tree

_NOT_CALLABLE = (ast.Constant, ast.Tuple, ast.List, ast.ListComp, ast.Dict, ast.DictComp,
                 ast.Set, ast.SetComp, ast.GeneratorExp, ast.JoinedStr, ast.FormattedValue)
_TYPE_NAMES = {ast.Tuple: "tuple", ast.List: "list", ast.ListComp: "list", ast.Dict: "dict",
               ast.DictComp: "dict", ast.Set: "set", ast.SetComp: "set",
               ast.GeneratorExp: "generator", ast.Lambda: "function", ast.JoinedStr: "str",
               ast.FormattedValue: "str"}


def _inferred_type(e):
    """The type name CPython's compiler infers for an expression (infer_type), or None."""
    if isinstance(e, ast.Constant):
        return type(e.value).__name__
    return _TYPE_NAMES.get(type(e))


def _literal(e):
    """An operand of `is` that is a literal (not None, True, False or ...)."""
    return isinstance(e, ast.Constant) and not (
        e.value is None or e.value is True or e.value is False or e.value is Ellipsis)


