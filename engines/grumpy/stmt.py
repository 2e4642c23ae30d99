"""Statements: assignment, control flow (if, loops, try, with), definitions and imports."""
from __future__ import annotations

import ast

from engines.grumpy.errors import Unsupported
from engines.grumpy.expr import INPLACE
from engines.grumpy.gofunc import WHY_RAISE, Finally, Handler, Loop


class StmtCompiler:
    def body(self, stmts):
        for s in stmts:
            self.stmt(s)

    def stmt(self, node):
        method = getattr(self, "stmt_" + type(node).__name__, None)
        if method is None:
            raise Unsupported(_STMT_NAMES.get(type(node).__name__, f"statement {type(node).__name__}"), node)
        fn = self.fn
        if getattr(node, "lineno", None):
            self.lineno = node.lineno
            fn.emit(f"πF.SetLineno({node.lineno})")
        fn.begin_stmt()
        method(node)
        fn.end_stmt()

    # -- simple statements -----------------------------------------------------------------
    def stmt_Expr(self, node):
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return                                   # a docstring or a bare string
        self.expr(node.value)

    def stmt_Pass(self, node):
        pass

    def stmt_Global(self, node):
        pass

    def stmt_Assign(self, node):
        value = self.expr(node.value)
        for target in node.targets:
            self.assign(target, value)

    def assign(self, target, value: str):
        fn = self.fn
        if isinstance(target, ast.Name):
            self.store_name(target.id, value)
        elif isinstance(target, ast.Attribute):
            obj = self.expr(target.value)
            fn.check(f"πg.SetAttr(πF, {obj}, {self.w.name_str(target.attr)}, {value})")
        elif isinstance(target, ast.Subscript):
            obj, key = self.expr(target.value), self.expr(target.slice)
            fn.check(f"πg.SetItem(πF, {obj}, {key}, {value})")
        elif isinstance(target, (ast.Tuple, ast.List)):
            slots = []
            fn.check(f"πg.Tie(πF, {self.tie(target, slots)}, {value})")
            for sub, var in slots:
                self.assign(sub, var)
        else:
            raise Unsupported(f"assignment to {type(target).__name__}", target)

    def tie(self, target, slots) -> str:
        """A πg.TieTarget unpacking into fresh temporaries (nested for nested tuples)."""
        if isinstance(target, (ast.Tuple, ast.List)):
            children = []
            for elt in target.elts:
                if isinstance(elt, ast.Starred):
                    raise Unsupported("starred assignment target", elt)
                children.append(self.tie(elt, slots))
            return f"πg.TieTarget{{Children: []πg.TieTarget{{{', '.join(children)}}}}}"
        var = self.fn.tmp()
        slots.append((target, var))
        return f"πg.TieTarget{{Target: &{var}}}"

    def stmt_AugAssign(self, node):
        fn, op = self.fn, INPLACE.get(type(node.op))
        if op is None:
            raise Unsupported(f"operator {type(node.op).__name__}=", node)
        t = node.target
        result = fn.tmp()
        if isinstance(t, ast.Name):
            fn.check(f"πg.{op}(πF, {self.load_name(t.id, t)}, {self.expr(node.value)})", result)
            self.store_name(t.id, result)
        elif isinstance(t, ast.Attribute):
            obj, cur = self.expr(t.value), fn.tmp()
            fn.check(f"πg.GetAttr(πF, {obj}, {self.w.name_str(t.attr)}, nil)", cur)
            fn.check(f"πg.{op}(πF, {cur}, {self.expr(node.value)})", result)
            fn.check(f"πg.SetAttr(πF, {obj}, {self.w.name_str(t.attr)}, {result})")
        elif isinstance(t, ast.Subscript):
            obj, key, cur = self.expr(t.value), self.expr(t.slice), fn.tmp()
            fn.check(f"πg.GetItem(πF, {obj}, {key})", cur)
            fn.check(f"πg.{op}(πF, {cur}, {self.expr(node.value)})", result)
            fn.check(f"πg.SetItem(πF, {obj}, {key}, {result})")
        else:
            raise Unsupported(f"augmented assignment to {type(t).__name__}", t)

    def stmt_Delete(self, node):
        for t in node.targets:
            self.delete(t)

    def delete(self, t):
        if isinstance(t, ast.Name):
            self.delete_name(t.id, t)
        elif isinstance(t, ast.Attribute):
            self.fn.check(f"πg.DelAttr(πF, {self.expr(t.value)}, {self.w.name_str(t.attr)})")
        elif isinstance(t, ast.Subscript):
            obj, key = self.expr(t.value), self.expr(t.slice)
            self.fn.check(f"πg.DelItem(πF, {obj}, {key})")
        elif isinstance(t, (ast.Tuple, ast.List)):
            for e in t.elts:
                self.delete(e)
        else:
            raise Unsupported(f"del of {type(t).__name__}", t)

    def stmt_Assert(self, node):
        fn = self.fn
        test = self.expr(node.test)
        if node.msg is None:
            fn.check(f"πg.Assert(πF, {test}, nil)")
            return
        ok = fn.tmp("bool")
        fn.check(f"πg.IsTrue(πF, {test})", ok)
        fn.emit(f"if !{ok} {{")
        fn.indent += 1
        fn.check(f"πg.Assert(πF, {test}, {self.expr(node.msg)})")
        fn.indent -= 1
        fn.emit("}")

    def stmt_Raise(self, node):
        fn = self.fn
        if node.cause is not None:
            raise Unsupported("raise ... from", node)
        exc = self.expr(node.exc) if node.exc is not None else "nil"
        fn.emit(f"πE = πF.Raise({exc}, nil, nil)")
        fn.raise_now()

    def stmt_Return(self, node):
        fn = self.fn
        if self.scope.kind != "function":
            raise Unsupported("'return' outside function", node)
        if fn.generator:
            if node.value is not None:
                raise Unsupported("return with a value in a generator", node)
            fn.return_value("nil")
        else:
            fn.return_value(self.expr(node.value) if node.value is not None else "πg.None")

    def stmt_Break(self, node):
        self.fn.loop_exit("break", node)

    def stmt_Continue(self, node):
        self.fn.loop_exit("continue", node)

    # -- compound statements -----------------------------------------------------------------
    def truth(self, node) -> str:
        cond = self.fn.tmp("bool")
        self.fn.check(f"πg.IsTrue(πF, {self.expr(node)})", cond)
        return cond

    def stmt_If(self, node):
        fn = self.fn
        fn.emit(f"if {self.truth(node.test)} {{")
        self.nested(node.body)
        if node.orelse:
            fn.emit("} else {")
            self.nested(node.orelse)
        fn.emit("}")

    def nested(self, stmts):
        self.fn.indent += 1
        self.body(stmts)
        self.fn.indent -= 1

    def stmt_While(self, node):
        fn = self.fn
        loop = self.new_loop(bool(node.orelse))
        at = fn.placeholder()
        fn.emit("for {")
        fn.indent += 1
        fn.begin_stmt()
        fn.emit(f"if !{self.truth(node.test)} {{")
        fn.emit("\tbreak")
        fn.emit("}")
        fn.end_stmt()
        self.loop_body(loop, node)
        fn.fill(at, f"{loop.label}:" if loop.used_label else None)

    def stmt_For(self, node):
        fn = self.fn
        iterable = self.expr(node.iter)
        it, item = fn.tmp(), fn.tmp()
        fn.check(f"πg.Iter(πF, {iterable})", it)
        loop = self.new_loop(bool(node.orelse))
        at = fn.placeholder()
        fn.emit("for {")
        fn.indent += 1
        self.next_or_break(it, item)
        fn.begin_stmt()
        self.assign(node.target, item)
        fn.end_stmt()
        self.loop_body(loop, node)
        fn.fill(at, f"{loop.label}:" if loop.used_label else None)

    def next_or_break(self, it: str, item: str):
        """The head of a for loop: the next item, or leave the loop at StopIteration."""
        fn = self.fn
        fn.emit(f"if {item}, πE = πg.Next(πF, {it}); πE != nil {{")
        fn.emit("\tif πd.IsStopIteration(πF, πE) {")
        fn.emit("\t\tπF.RestoreExc(nil, nil)")
        fn.emit("\t\tbreak")
        fn.emit("\t}")
        for line in fn.fail():
            fn.emit("\t" + line)
        fn.emit("}")

    def new_loop(self, has_else: bool) -> Loop:
        i = self.fn.new_id()
        return Loop(i, f"πLoop{i}", has_else, f"πLoopEnd{i}")

    def loop_body(self, loop: Loop, node):
        fn = self.fn
        fn.blocks.append(loop)
        self.body(node.body)
        fn.blocks.pop()
        fn.indent -= 1
        fn.emit("}")
        if node.orelse:
            self.body(node.orelse)
            fn.label(loop.end_label)

    def stmt_Try(self, node):
        if node.finalbody:
            inner = ast.Try(node.body, node.handlers, node.orelse, [], lineno=node.lineno) \
                if node.handlers else None
            self.protected(lambda: self.stmt(inner) if inner else self.body(node.body),
                           lambda why, exc, tb: self.body(node.finalbody))
        else:
            self.try_except(node)

    def try_except(self, node):
        fn = self.fn
        i = fn.new_id()
        handler, end = f"πExcept{i}", f"πTryEnd{i}"
        fn.blocks.append(Handler(handler))
        self.body(node.body)
        fn.blocks.pop()
        self.body(node.orelse)
        if handler not in fn.labels_used:
            return                                     # the body cannot raise
        fn.labels_used.add(end)
        fn.emit(f"goto {end}")
        fn.label(handler)
        exc = fn.tmp("*πg.BaseException")
        fn.emit(f"{exc} = πE")
        for h in node.handlers:
            if getattr(h, "lineno", None):
                fn.emit(f"πF.SetLineno({h.lineno})")
            if h.type is None:
                self.handler_body(h, exc, end)
                break
            fn.begin_stmt()
            matched = fn.tmp("bool")
            fn.check(f"πd.Matches(πF, {exc}, {self.expr(h.type)})", matched)
            fn.emit(f"if {matched} {{")
            fn.indent += 1
            self.handler_body(h, exc, end)
            fn.indent -= 1
            fn.emit("}")
            fn.end_stmt()
        else:
            fn.emit(f"πE = {exc}")
            fn.raise_now()
        fn.label(end)

    def handler_body(self, h, exc: str, end: str):
        if h.name:
            self.store_name(h.name, f"{exc}.ToObject()")
        self.body(h.body)
        self.fn.emit("πF.RestoreExc(nil, nil)")
        self.fn.emit(f"goto {end}")

    def protected(self, body, on_exit):
        """Run body; whatever way it is left, run on_exit(why) and then carry on leaving
        that way (a finally clause; a with statement's __exit__)."""
        fn = self.fn
        i = fn.new_id()
        why = f"πWhy{i}"
        fn.declare(why, "int")
        block = Finally(i, f"πFinally{i}", why)
        fn.emit(f"{why} = 0")
        fn.blocks.append(block)
        body()
        fn.blocks.pop()
        fn.label(block.label)
        exc, tb = f"πExc{i}", f"πTb{i}"
        fn.declare(exc, "*πg.BaseException")
        fn.declare(tb, "*πg.Traceback")
        fn.emit(f"{exc}, {tb} = πE, nil")
        fn.emit(f"if {why} == {WHY_RAISE} {{")
        fn.emit(f"\t_, {tb} = πF.ExcInfo()")
        fn.emit("}")
        on_exit(why, exc, tb)
        fn.emit(f"switch {why} {{")
        fn.emit(f"case {WHY_RAISE}:")
        fn.indent += 1
        fn.emit(f"πE = {exc}")
        fn.emit(f"πF.RestoreExc({exc}, {tb})")
        fn.raise_now()
        fn.indent -= 1
        outer = fn.blocks[:]
        for code, (kind, _loop, _depth) in sorted(block.exits.items()):
            fn.emit(f"case {code}:")
            fn.indent += 1
            if kind == "return":
                fn.return_value("πR", outer)
            else:
                fn.loop_exit(kind, None, outer)
            fn.indent -= 1
        fn.emit("}")

    def stmt_With(self, node):
        if len(node.items) > 1:
            first, rest = node.items[0], node.items[1:]
            inner = ast.With(rest, node.body, lineno=node.lineno)
            node = ast.With([first], [inner], lineno=node.lineno)
        item = node.items[0]
        fn = self.fn
        mgr = self.expr(item.context_expr)
        exit_fn, entered = fn.tmp(), fn.tmp()
        fn.check(f"πg.GetAttr(πF, {mgr}, {self.w.name_str('__exit__')}, nil)", exit_fn)
        fn.check(f"πg.GetAttr(πF, {mgr}, {self.w.name_str('__enter__')}, nil)", entered)
        fn.check(f"{entered}.Call(πF, nil, nil)", entered)

        def body():
            if item.optional_vars is not None:
                self.assign(item.optional_vars, entered)
            self.body(node.body)

        def on_exit(why, exc, tb):
            # Exceptions from __exit__ itself go to the enclosing handler.
            swallow, result = fn.tmp("bool"), fn.tmp()
            fn.emit(f"if {why} == {WHY_RAISE} {{")
            fn.indent += 1
            fn.check(f"{exit_fn}.Call(πF, πg.Args{{{exc}.ToObject().Type().ToObject(), {exc}.ToObject(), "
                     f"πd.TracebackObject({tb})}}, nil)", result)
            fn.check(f"πg.IsTrue(πF, {result})", swallow)
            fn.emit(f"if {swallow} {{")
            fn.emit("\tπF.RestoreExc(nil, nil)")
            fn.emit(f"\t{why} = 0")
            fn.emit("}")
            fn.indent -= 1
            fn.emit("} else {")
            fn.indent += 1
            fn.check(f"{exit_fn}.Call(πF, πg.Args{{πg.None, πg.None, πg.None}}, nil)", result)
            fn.indent -= 1
            fn.emit("}")

        self.protected(body, on_exit)

    # -- definitions ---------------------------------------------------------------------------
    def stmt_FunctionDef(self, node):
        obj = self.function(node, node.name, node.body)
        obj = self.decorate(node, obj)
        self.store_name(node.name, obj)

    def decorate(self, node, obj: str) -> str:
        if not node.decorator_list:
            return obj
        decorators = [self.expr(d) for d in node.decorator_list]
        for d in reversed(decorators):
            t = self.fn.tmp()
            self.fn.check(f"{d}.Call(πF, πg.Args{{{obj}}}, nil)", t)
            obj = t
        return obj

    def stmt_ClassDef(self, node):
        if node.keywords:
            raise Unsupported("class keyword arguments (metaclass=)", node)
        cls = self.class_def(node)
        self.store_name(node.name, self.decorate(node, cls))

    def stmt_Import(self, node):
        fn = self.fn
        for alias in node.names:
            self.w.module_deps.add(alias.name)
            mods = fn.tmp("[]*πg.Object")
            fn.check(f'πg.ImportModule(πF, "{alias.name}")', mods)
            if alias.asname:
                self.store_name(alias.asname, f"{mods}[{alias.name.count('.')}]")
            else:
                self.store_name(alias.name.split(".")[0], f"{mods}[0]")

    def stmt_ImportFrom(self, node):
        fn = self.fn
        if node.level:
            raise Unsupported("relative import", node)
        mod = node.module
        if mod == "__future__":
            return
        if mod.startswith("__go__"):
            return self.native_import(node)
        self.w.module_deps.add(mod)
        mods = fn.tmp("[]*πg.Object")
        fn.check(f'πg.ImportModule(πF, "{mod}")', mods)
        module = f"{mods}[{mod.count('.')}]"
        for alias in node.names:
            if alias.name == "*":
                if self.scope.kind != "module":
                    raise Unsupported("import * inside a function", node)
                fn.check(f"πd.ImportStar(πF, {module})")
                continue
            self.w.module_deps.add(f"{mod}.{alias.name}")
            t = fn.tmp()
            fn.check(f'πd.ImportFrom(πF, {module}, "{mod}", "{alias.name}")', t)
            self.store_name(alias.asname or alias.name, t)

    def native_import(self, node):
        """`from '__go__/pkg/path' import Name`: a Go package member, wrapped by the runtime."""
        from engines.grumpy.py2 import decode_go_package
        path = decode_go_package(node.module)
        pkg = self.w.go_import(path)
        for alias in node.names:
            if alias.name == "*":
                raise Unsupported("import * from a Go package", node)
            t = self.fn.tmp()
            if f"{path}.{alias.name}" in self.w.go_types:
                self.fn.check(f"πd.NativeType(πF, reflect.ValueOf(new({pkg}.{alias.name})).Elem())", t)
            else:
                self.fn.check(f"πg.WrapNative(πF, reflect.ValueOf({pkg}.{alias.name}))", t)
            self.store_name(alias.asname or alias.name, t)


_STMT_NAMES = {"AsyncFunctionDef": "async def", "AsyncFor": "async for", "AsyncWith": "async with",
               "Nonlocal": "nonlocal", "AnnAssign": "annotated assignment", "Match": "match statement",
               "TryStar": "except*"}
