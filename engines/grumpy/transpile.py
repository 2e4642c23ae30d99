"""The transpiler's entry point: a Python module (host `ast`, py2+3 dialect) becomes one
Go file of a package that exports the module's code object:

    var Code = πg.NewCode("<module>", "prog.py", nil, 0, func(πF *πg.Frame, _ []*πg.Object) (...) {
        ...the module body...
    })

Python functions become Go function literals nested where the `def` is (so Go
closures carry Python's closure cells), classes run their body against a dict and call
the metaclass, generators run their body in a goroutine (support/rt.go).  Names:
`µx` is the Python local x, `ßx` the interned name string, `ßc3` a constant, `πT3` a
temporary, `πE` the exception being raised, `πF` the Python frame."""
from __future__ import annotations

import ast
import math
import re
from dataclasses import dataclass, field

from engines.grumpy.errors import Unsupported
from engines.grumpy.expr import ExprCompiler
from engines.grumpy.gofunc import GoFunc
from engines.grumpy.mangle import mangle_private_names
from engines.grumpy.scope import Scope, bindings, function_scope, go_name
from engines.grumpy.stmt import StmtCompiler

FUNC_SIG = "func(πF *πg.Frame, πArgs []*πg.Object) (*πg.Object, *πg.BaseException)"
GEN_SIG = "func(πyield πd.Yield) (*πg.Object, *πg.BaseException)"


@dataclass
class GoModule:
    """The transpiled module: Go source and what building it needs."""
    source: str
    module_deps: set = field(default_factory=set)     # Python modules it imports


class Writer:
    """Module-wide state: constants and interned names (package-level vars), Go imports."""

    def __init__(self, filename: str, py2: bool = False, go_types=()):
        self.filename = filename
        self.py2 = py2
        self.go_types = set(go_types)     # "path.Name" of native imports that are Go types
        self.consts: dict[str, str] = {}       # go name -> initializer
        self.const_keys: dict = {}
        self.go_imports: dict[str, str] = {}   # path -> alias
        self.module_deps: set = set()
        self._id = 0

    def new_id(self) -> int:
        self._id += 1
        return self._id

    def name_str(self, name: str) -> str:
        key = ("name", name)
        if key not in self.const_keys:
            ident = "ß" + name if re.fullmatch(r"\w+", name, re.ASCII) else f"ßn{len(self.consts)}"
            self.const_keys[key] = ident
            self.consts[ident] = f"πg.InternStr({go_string(name.encode())})"
        return self.const_keys[key]

    def constant(self, node) -> str:
        v = node.value
        if v is None:
            return "πg.None"
        if v is True:
            return "πg.True.ToObject()"
        if v is False:
            return "πg.False.ToObject()"
        if v is Ellipsis:
            return "πg.Ellipsis"
        key = (type(v).__name__, getattr(node, "kind", None), repr(v))
        if key not in self.const_keys:
            ident = f"ßc{len(self.consts)}"
            self.const_keys[key] = ident
            self.consts[ident] = self._initializer(v, getattr(node, "kind", None), node)
        return self.const_keys[key]

    def _initializer(self, v, kind, node) -> str:
        if isinstance(v, int):
            if -2**63 <= v < 2**63:
                return f"πg.NewInt({v}).ToObject()"
            self.go_import("math/big", "big")
            return f'πg.NewLong(func() *big.Int {{ n, _ := new(big.Int).SetString("{v}", 10); return n }}()).ToObject()'
        if isinstance(v, float):
            return f"πg.NewFloat({go_float(v, self)}).ToObject()"
        if isinstance(v, complex):
            return f"πg.NewComplex(complex({go_float(v.real, self)}, {go_float(v.imag, self)})).ToObject()"
        if isinstance(v, bytes):
            return f"πg.NewStr({go_string(v)}).ToObject()"
        if isinstance(v, str):
            if kind == "u":
                return f"πg.NewUnicode({go_string(v.encode('utf-8', 'surrogatepass'))}).ToObject()"
            return f"πg.NewStr({go_string(self.str_bytes(v))}).ToObject()"
        raise Unsupported(f"constant of type {type(v).__name__}", node)

    def str_bytes(self, v: str) -> bytes:
        """A str literal's bytes: Python 2 sources meant bytes (escapes are latin-1);
        the py2+3 dialect compares with CPython 3, which prints UTF-8."""
        if self.py2:
            try:
                return v.encode("latin-1")
            except UnicodeEncodeError:
                pass
        return v.encode("utf-8", "surrogatepass")

    def go_import(self, path: str, alias: str | None = None) -> str:
        if path not in self.go_imports:
            base = alias or "πn_" + re.sub(r"\W", "_", path, flags=re.ASCII)
            self.go_imports[path] = base
        return self.go_imports[path]


def go_string(b: bytes) -> str:
    out = ['"']
    for c in b:
        if c == 0x22:
            out.append('\\"')
        elif c == 0x5C:
            out.append("\\\\")
        elif 0x20 <= c < 0x7F:
            out.append(chr(c))
        else:
            out.append(f"\\x{c:02x}")
    out.append('"')
    return "".join(out)


def go_float(x: float, w: Writer) -> str:
    if math.isinf(x):
        w.go_import("math", "math")
        return "math.Inf(1)" if x > 0 else "math.Inf(-1)"
    if math.isnan(x):
        w.go_import("math", "math")
        return "math.NaN()"
    r = repr(x)
    return r if any(ch in r for ch in ".en") else r + ".0"


class Transpiler(ExprCompiler, StmtCompiler):
    def __init__(self, filename: str, py2: bool = False, go_types=()):
        self.w = Writer(filename, py2, go_types)
        self.scope = Scope("module")
        self.fn: GoFunc | None = None
        self.class_dict = None
        self.deleted: set = set()
        self.lineno = 0
        self.module_bound: set = set()

    # -- module --------------------------------------------------------------------------
    def module(self, tree: ast.Module, package: str, register_as: str | None = None) -> GoModule:
        b = bindings(tree.body)
        self.scope.globals = b.globals
        self.module_bound = b.bound
        if b.yields:
            raise Unsupported("yield outside a function")
        self.fn = GoFunc(self.w, indent=1)
        self.fn.declare("πE", "*πg.BaseException")
        self.body(tree.body)
        self.fn.emit("return nil, nil")
        body = "\n".join(self.fn.render())
        return GoModule(self._file(package, body, register_as), set(self.w.module_deps))

    def _file(self, package: str, body: str, register_as: str | None) -> str:
        w = self.w
        text = body + "\n".join(w.consts.values())
        imports = [f'\t{alias} "{path}"' for path, alias in sorted(w.go_imports.items())]
        if "reflect." in text:
            imports.append('\t"reflect"')
        imports.append('\tπg "grumpy"')
        if "πd." in text:
            imports.append('\tπd "diverge/rt"')
        out = [f"// Code generated by diverge's Grumpy transpiler from {w.filename}. DO NOT EDIT.",
               "", f"package {package}", "", "import (", *imports, ")", ""]
        if w.consts:
            out.append("var (")
            out += [f"\t{name} = {init}" for name, init in w.consts.items()]
            out += [")", ""]
        out.append(f'// Code runs the module {w.filename}.')
        out.append(f'var Code = πg.NewCode("<module>", {go_string(w.filename.encode())}, nil, 0, '
                   'func(πF *πg.Frame, _ []*πg.Object) (*πg.Object, *πg.BaseException) {')
        out.append(body)
        out.append("})")
        if register_as:
            out += ["", "func init() {", f'\tπg.RegisterModule("{register_as}", Code)', "}"]
        return "\n".join(out) + "\n"

    # -- functions -----------------------------------------------------------------------
    def function(self, node, name: str, body: list) -> str:
        """Emit a Python function object for `def`/`lambda` node; returns its temporary."""
        fn = self.fn
        scope = function_scope(node, self.scope)
        params = self._params(node.args)
        flags = []
        if node.args.vararg:
            flags.append("πg.CodeFlagVarArg")
        if node.args.kwarg:
            flags.append("πg.CodeFlagKWArg")
        result = fn.tmp()
        fn.emit(f"{result} = πg.NewFunction(πg.NewCode({go_string(name.encode())}, "
                f"{go_string(self.w.filename.encode())}, {params}, {' | '.join(flags) or '0'}, {FUNC_SIG} {{")
        saved = (self.fn, self.scope, self.class_dict, self.deleted, self.lineno)
        self.scope, self.class_dict, self.deleted = scope, None, set()
        outer = GoFunc(self.w, indent=fn.indent + 1)
        outer.declare("πE", "*πg.BaseException")
        for i, p in enumerate(scope.params):
            outer.declare(scope.govars[p])
            outer.params.add(scope.govars[p])
            outer.emit(f"{scope.govars[p]} = πArgs[{i}]")
        if scope.is_generator:
            inner = GoFunc(self.w, indent=fn.indent + 2, generator=True)
            inner.declare("πE", "*πg.BaseException")
            for n, var in scope.govars.items():
                if n not in scope.params:
                    inner.declare(var)
            self.fn = inner
            self.body(body)
            inner.emit("return nil, nil")
            outer.emit(f"return πd.Generator(πF, {GEN_SIG} {{")
            outer.lines += inner.render()
            outer.emit("}), nil")
        else:
            for n, var in scope.govars.items():
                if n not in scope.params:
                    outer.declare(var)
            self.fn = outer
            self.body(body)
            outer.emit("return πg.None, nil")
        self.fn, self.scope, self.class_dict, self.deleted, self.lineno = saved
        fn.lines += outer.render()
        fn.emit("}), πF.Globals()).ToObject()")
        return result

    def _params(self, args: ast.arguments) -> str:
        defaults = [self.expr(d) for d in args.defaults]
        n_plain = len(args.args) - len(defaults)
        items = []
        for i, a in enumerate(args.args):
            d = defaults[i - n_plain] if i >= n_plain else "nil"
            items.append(f'{{"{a.arg}", {d}}}')
        return f"[]πg.Param{{{', '.join(items)}}}" if items else "nil"

    # -- classes ---------------------------------------------------------------------------
    def class_def(self, node) -> str:
        fn = self.fn
        bases = [self.expr(b) for b in node.bases]
        tup = fn.tmp("*πg.Tuple")
        fn.emit(f"{tup} = πg.NewTuple({', '.join(bases)})")
        d = fn.tmp("*πg.Dict")
        fn.emit(f"{d} = πg.NewDict()")
        b = bindings(node.body)
        scope = Scope("class", self.scope, b.bound, b.globals)
        saved = (self.scope, self.class_dict)
        self.scope, self.class_dict = scope, d
        self.body(node.body)
        self.scope, self.class_dict = saved
        result = fn.tmp()
        fn.check(f'πd.MakeClass(πF, "{node.name}", {tup}, {d})', result)
        return result

    # -- comprehensions --------------------------------------------------------------------
    def comprehension(self, node, emit_element):
        """Inline loops for a list/set/dict comprehension; its targets are fresh Go
        variables (Python 3 scoping: they do not leak)."""
        fn = self.fn
        first = self.expr(node.generators[0].iter)
        scope = Scope("comprehension", self.scope)
        i = fn.new_id()
        for gen in node.generators:
            if getattr(gen, "is_async", 0):
                raise Unsupported("async comprehension", node)
            for n in ast.walk(gen.target):
                if isinstance(n, ast.Name):
                    scope.govars[n.id] = f"{go_name(n.id)}_{i}"
                    fn.declare(scope.govars[n.id])
        saved = self.scope
        self.scope = scope
        depth = 0
        for k, gen in enumerate(node.generators):
            iterable = first if k == 0 else self.expr(gen.iter)
            it, item = fn.tmp(), fn.tmp()
            fn.check(f"πg.Iter(πF, {iterable})", it)
            fn.emit("for {")
            fn.indent += 1
            depth += 1
            self.next_or_break(it, item)
            self.assign(gen.target, item)
            for cond in gen.ifs:
                fn.emit(f"if !{self.truth(cond)} {{")
                fn.emit("\tcontinue")
                fn.emit("}")
        emit_element()
        for _ in range(depth):
            fn.indent -= 1
            fn.emit("}")
        self.scope = saved

    def generator_expression(self, node) -> str:
        """A generator expression is a generator function called on iter(first iterable)."""
        fn = self.fn
        first = self.expr(node.generators[0].iter)
        it = fn.tmp()
        fn.check(f"πg.Iter(πF, {first})", it)
        param = "πiter"
        inner: ast.stmt = ast.Expr(ast.Yield(node.elt))
        for k in range(len(node.generators) - 1, -1, -1):
            gen = node.generators[k]
            for cond in reversed(gen.ifs):
                inner = ast.If(cond, [inner], [])
            iterable = ast.Name(param, ast.Load()) if k == 0 else gen.iter
            inner = ast.For(gen.target, iterable, [inner], [])
        fake = ast.FunctionDef("<genexpr>", ast.arguments([], [ast.arg(param)], None, [], [], None, []),
                               [inner], [], lineno=node.lineno)
        ast.fix_missing_locations(fake)
        obj = self.function(fake, "<genexpr>", fake.body)
        t = fn.tmp()
        fn.check(f"{obj}.Call(πF, πg.Args{{{it}}}, nil)", t)
        return t


def transpile(source_or_tree, filename: str = "prog.py", package: str = "module",
              register_as: str | None = None, py2: bool = False, go_types=()) -> GoModule:
    """Python source (py2+3 dialect) or an ast.Module -> a Go package source.
    Raises Unsupported for constructs outside what Grumpy runs; SyntaxError as Python would."""
    tree = ast.parse(source_or_tree, filename) if isinstance(source_or_tree, str) else source_or_tree
    if register_as is None:
        # Programs get Python's private name mangling; Grumpy's library modules are written
        # for Grumpy's own transpiler, which never mangled (its threading.py relies on that).
        tree = mangle_private_names(tree)
    return Transpiler(filename, py2, go_types).module(tree, package, register_as)
