"""Expressions: each Python expression becomes Go statements that leave its value in
a temporary (or name a variable or constant directly), checking every runtime call
for a raised exception.  `expr(node)` returns the Go expression of the value."""
from __future__ import annotations

import ast

from engines.grumpy.errors import Unsupported

BINARY = {
    ast.Add: "Add", ast.Sub: "Sub", ast.Mult: "Mul", ast.Div: "Div", ast.FloorDiv: "FloorDiv",
    ast.Mod: "Mod", ast.Pow: "Pow", ast.LShift: "LShift", ast.RShift: "RShift",
    ast.BitOr: "Or", ast.BitXor: "Xor", ast.BitAnd: "And",
}
INPLACE = {
    ast.Add: "IAdd", ast.Sub: "ISub", ast.Mult: "IMul", ast.Div: "IDiv", ast.FloorDiv: "IFloorDiv",
    ast.Mod: "IMod", ast.Pow: "IPow", ast.LShift: "ILShift", ast.RShift: "IRShift",
    ast.BitOr: "IOr", ast.BitXor: "IXor", ast.BitAnd: "IAnd",
}
COMPARE = {ast.Lt: "LT", ast.LtE: "LE", ast.Eq: "Eq", ast.NotEq: "NE", ast.Gt: "GT", ast.GtE: "GE"}
NO_RUNTIME_CODE = ("eval", "exec", "execfile", "compile")
UNARY = {ast.USub: "Neg", ast.UAdd: "Pos", ast.Invert: "Invert"}


class ExprCompiler:
    # -- names -----------------------------------------------------------------------------
    def load_name(self, name: str, node) -> str:
        kind, scope = self.scope.lookup(name)
        fn = self.fn
        if kind == "local":
            var = scope.govars[name]
            if not (name in scope.params and name not in self.deleted):
                fn.check(f'πg.CheckLocal(πF, {var}, "{name}")')
            return var
        if kind == "enclosing":
            var = scope.govars[name]
            fn.check(f'πd.CheckFree(πF, {var}, "{name}")')
            return var
        t = fn.tmp()
        if kind == "class":
            outer_kind, outer = scope.parent.lookup(name) if scope.parent else ("global", None)
            local = outer.govars[name] if outer_kind in ("local", "enclosing") else "nil"
            fn.check(f"πg.ResolveClass(πF, {self.class_dict}, {local}, {self.w.name_str(name)})", t)
        else:
            fn.check(f"πg.ResolveGlobal(πF, {self.w.name_str(name)})", t)
        return t

    def store_name(self, name: str, value: str):
        kind, scope = self.scope.lookup(name)
        if kind in ("local",):
            self.fn.emit(f"{scope.govars[name]} = {value}")
        elif kind == "class":
            self.fn.check(f"{self.class_dict}.SetItem(πF, {self.w.name_str(name)}.ToObject(), {value})")
        else:
            self.fn.check(f"πF.Globals().SetItem(πF, {self.w.name_str(name)}.ToObject(), {value})")

    def delete_name(self, name: str, node):
        kind, scope = self.scope.lookup(name)
        if kind == "local":
            var = scope.govars[name]
            self.fn.check(f'πg.CheckLocal(πF, {var}, "{name}")')
            self.fn.emit(f"{var} = πg.UnboundLocal")
            self.deleted.add(name)
        elif kind == "class":
            self.fn.check(f"πg.DelVar(πF, {self.class_dict}, {self.w.name_str(name)})")
        else:
            self.fn.check(f"πg.DelVar(πF, πF.Globals(), {self.w.name_str(name)})")

    # -- dispatch --------------------------------------------------------------------------
    def expr(self, node) -> str:
        method = getattr(self, "expr_" + type(node).__name__, None)
        if method is None:
            raise Unsupported(_describe(node), node)
        return method(node)

    def expr_Constant(self, node):
        return self.w.constant(node)

    def expr_Name(self, node):
        return self.load_name(node.id, node)

    def expr_Attribute(self, node):
        obj = self.expr(node.value)
        t = self.fn.tmp()
        self.fn.check(f"πg.GetAttr(πF, {obj}, {self.w.name_str(node.attr)}, nil)", t)
        return t

    def expr_Subscript(self, node):
        obj = self.expr(node.value)
        key = self.expr(node.slice)
        t = self.fn.tmp()
        self.fn.check(f"πg.GetItem(πF, {obj}, {key})", t)
        return t

    def expr_Slice(self, node):
        parts = [self.expr(p) if p is not None else "nil" for p in (node.lower, node.upper, node.step)]
        t = self.fn.tmp()
        self.fn.check(f"πd.Slice(πF, {', '.join(parts)})", t)
        return t

    def expr_BinOp(self, node):
        op = BINARY.get(type(node.op))
        if op is None:
            raise Unsupported(f"operator {type(node.op).__name__}", node)
        left, right = self.expr(node.left), self.expr(node.right)
        t = self.fn.tmp()
        self.fn.check(f"πg.{op}(πF, {left}, {right})", t)
        return t

    def expr_UnaryOp(self, node):
        operand = self.expr(node.operand)
        t = self.fn.tmp()
        if isinstance(node.op, ast.Not):
            self.fn.check(f"πd.Not(πF, {operand})", t)
        else:
            self.fn.check(f"πg.{UNARY[type(node.op)]}(πF, {operand})", t)
        return t

    def expr_BoolOp(self, node):
        # `a and b`: the value of a if it is false, else the value of b (short-circuit).
        fn = self.fn
        result = fn.tmp()
        cond = fn.tmp("bool")
        depth = 0
        for i, value in enumerate(node.values):
            v = self.expr(value)
            fn.emit(f"{result} = {v}")
            if i == len(node.values) - 1:
                break
            fn.check(f"πg.IsTrue(πF, {result})", cond)
            test = cond if isinstance(node.op, ast.And) else "!" + cond
            fn.emit(f"if {test} {{")
            fn.indent += 1
            depth += 1
        for _ in range(depth):
            fn.indent -= 1
            fn.emit("}")
        return result

    def expr_Compare(self, node):
        fn = self.fn
        result = fn.tmp()
        left = self.expr(node.left)
        depth = 0
        for i, (op, comparator) in enumerate(zip(node.ops, node.comparators)):
            right = self.expr(comparator)
            if isinstance(op, (ast.Is, ast.IsNot)):          # pointer comparison: cannot raise
                fn.emit(f"{result} = {self.compare(op, left, right)}")
            else:
                fn.check(self.compare(op, left, right), result)
            if i < len(node.ops) - 1:
                cond = fn.tmp("bool")
                fn.check(f"πg.IsTrue(πF, {result})", cond)
                fn.emit(f"if {cond} {{")
                fn.indent += 1
                depth += 1
                left = right
        for _ in range(depth):
            fn.indent -= 1
            fn.emit("}")
        return result

    def compare(self, op, left, right) -> str:
        if isinstance(op, ast.Is):
            return f"πd.Is({left}, {right})"
        if isinstance(op, ast.IsNot):
            return f"πd.IsNot({left}, {right})"
        if isinstance(op, ast.In):
            return f"πd.In(πF, {left}, {right}, false)"
        if isinstance(op, ast.NotIn):
            return f"πd.In(πF, {left}, {right}, true)"
        return f"πg.{COMPARE[type(op)]}(πF, {left}, {right})"

    def expr_IfExp(self, node):
        fn = self.fn
        result, cond = fn.tmp(), fn.tmp("bool")
        test = self.expr(node.test)
        fn.check(f"πg.IsTrue(πF, {test})", cond)
        fn.emit(f"if {cond} {{")
        fn.indent += 1
        fn.emit(f"{result} = {self.expr(node.body)}")
        fn.indent -= 1
        fn.emit("} else {")
        fn.indent += 1
        fn.emit(f"{result} = {self.expr(node.orelse)}")
        fn.indent -= 1
        fn.emit("}")
        return result

    # -- containers ------------------------------------------------------------------------
    def expr_Tuple(self, node):
        items = self.expr_list(node.elts)
        t = self.fn.tmp()
        self.fn.emit(f"{t} = πg.NewTuple({', '.join(items)}).ToObject()")
        return t

    def expr_List(self, node):
        items = self.expr_list(node.elts)
        t = self.fn.tmp()
        self.fn.emit(f"{t} = πg.NewList({', '.join(items)}).ToObject()")
        return t

    def expr_Set(self, node):
        items = self.expr_list(node.elts)
        s = self.fn.tmp("*πg.Set")
        self.fn.emit(f"{s} = πg.NewSet()")
        for item in items:
            self.fn.check(f"{s}.Add(πF, {item})", "_")
        return f"{s}.ToObject()"

    def expr_Dict(self, node):
        d = self.fn.tmp("*πg.Dict")
        self.fn.emit(f"{d} = πg.NewDict()")
        for k, v in zip(node.keys, node.values):
            if k is None:
                raise Unsupported("dict unpacking (**)", node)
            key, value = self.expr(k), self.expr(v)
            self.fn.check(f"{d}.SetItem(πF, {key}, {value})")
        return f"{d}.ToObject()"

    def expr_list(self, nodes) -> list[str]:
        out = []
        for n in nodes:
            if isinstance(n, ast.Starred):
                raise Unsupported("starred expression in a display", n)
            out.append(self.expr(n))
        return out

    # -- calls -----------------------------------------------------------------------------
    def expr_Call(self, node):
        fn = self.fn
        if not self.w.py2 and isinstance(node.func, ast.Name) and node.func.id in NO_RUNTIME_CODE \
                and self.scope.lookup(node.func.id)[0] == "global" and node.func.id not in self.module_bound:
            raise Unsupported(f"{node.func.id}() (Grumpy compiles ahead of time: no eval/exec)", node)
        callee = self.expr(node.func)
        args, star = [], None
        for a in node.args:
            if isinstance(a, ast.Starred):
                if star is not None:
                    raise Unsupported("more than one *args in a call", a)
                star = self.expr(a.value)
            elif star is not None:
                raise Unsupported("positional argument after *args", a)
            else:
                args.append(self.expr(a))
        kws, dstar = [], None
        for k in node.keywords:
            if k.arg is None:
                if dstar is not None:
                    raise Unsupported("more than one **kwargs in a call", k)
                dstar = self.expr(k.value)
            else:
                kws.append(f'{{"{k.arg}", {self.expr(k.value)}}}')
        t = fn.tmp()
        argv = f"πg.Args{{{', '.join(args)}}}" if args else "nil"
        kwv = f"πg.KWArgs{{{', '.join(kws)}}}" if kws else "nil"
        if star is None and dstar is None:
            fn.check(f"{callee}.Call(πF, {argv}, {kwv})", t)
        else:
            fn.check(f"πg.Invoke(πF, {callee}, {argv}, {star or 'nil'}, {kwv}, {dstar or 'nil'})", t)
        return t

    def expr_Lambda(self, node):
        return self.function(node, "<lambda>", [ast.Return(node.body, lineno=node.lineno)])

    # -- comprehensions --------------------------------------------------------------------
    def expr_ListComp(self, node):
        acc = self.fn.tmp("*πg.List")
        self.fn.emit(f"{acc} = πg.NewList()")
        self.comprehension(node, lambda: self.fn.emit(f"{acc}.Append({self.expr(node.elt)})"))
        return f"{acc}.ToObject()"

    def expr_SetComp(self, node):
        acc = self.fn.tmp("*πg.Set")
        self.fn.emit(f"{acc} = πg.NewSet()")
        self.comprehension(node, lambda: self.fn.check(f"{acc}.Add(πF, {self.expr(node.elt)})", "_"))
        return f"{acc}.ToObject()"

    def expr_DictComp(self, node):
        acc = self.fn.tmp("*πg.Dict")
        self.fn.emit(f"{acc} = πg.NewDict()")

        def add():
            k = self.expr(node.key)
            v = self.expr(node.value)
            self.fn.check(f"{acc}.SetItem(πF, {k}, {v})")
        self.comprehension(node, add)
        return f"{acc}.ToObject()"

    def expr_GeneratorExp(self, node):
        return self.generator_expression(node)

    def expr_Yield(self, node):
        if not self.fn.generator:
            raise Unsupported("yield outside a function", node)
        value = self.expr(node.value) if node.value is not None else "πg.None"
        t = self.fn.tmp()
        self.fn.check(f"πyield({value})", t)
        return t

    def expr_JoinedStr(self, node):
        raise Unsupported("f-string", node)

    def expr_Starred(self, node):
        raise Unsupported("starred expression", node)


def _describe(node) -> str:
    names = {"NamedExpr": "assignment expression (:=)", "Await": "await", "YieldFrom": "yield from",
             "FormattedValue": "f-string", "MatMult": "@ operator"}
    name = type(node).__name__
    return names.get(name, f"expression {name}")
