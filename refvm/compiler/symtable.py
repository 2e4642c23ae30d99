"""The symbol table: which scope each name of each scope refers to.

Scopes are module, class, function (def and lambda) and comprehension (which is a
function scope of its own).  Every name gets one of:

  LOCAL     bound in this function scope, not captured   -> *_FAST
  CELL      bound here and captured by an inner function -> *_DEREF
  FREE      bound in an enclosing function scope          -> *_DEREF (or
            LOAD_CLASSDEREF in a class body)
  GLOBAL    declared `global`, or unbound in a function  -> *_GLOBAL
  NAME      module and class bodies: the namespace dict  -> *_NAME
"""
import _ast as ast     # (the node classes; ast.py itself costs 1 ms at every start)

from refvm.errors import CompileError, Unsupported

LOCAL, CELL, FREE, GLOBAL, NAME = "local", "cell", "free", "global", "name"


class Scope(object):
    def __init__(self, node, kind, name, parent):
        self.node = node
        self.kind = kind          # "module", "class", "function"
        self.name = name
        self.parent = parent
        self.children = []
        self.defs = []            # bound names, in first-binding order
        self.uses = set()
        self.globals = set()
        self.nonlocals = set()
        self.annotated = set()    # names with an annotation (`x: int`) in this scope
        self.comp_iter_expr = 0   # > 0 while a comprehension's iterable is visited here
        self.params = []
        self.symbols = {}
        self.cellvars = []
        self.freevars = []
        self.is_generator = False
        self.is_comprehension = False
        self.needs_class_cell = False
        self.qualname = name

    @property
    def is_function(self):
        return self.kind == "function"

    def add_def(self, name):
        if name not in self.defs:
            self.defs.append(name)

    def kind_of(self, name):
        return self.symbols.get(name, GLOBAL if self.is_function else NAME)


class SymbolTable(object):
    def __init__(self):
        self.scopes = {}           # id(ast node) -> Scope
        self.top = None
        self.has_match = False     # a match statement somewhere (compiler.compile_tree)

    def scope_for(self, node):
        return self.scopes[id(node)]


def build_symtable(tree):
    table = SymbolTable()
    builder = _Builder(table)
    table.top = builder.new_scope(tree, "module", "<module>", None)
    builder.visit_body(tree, table.top)
    _resolve(table.top, {})
    return table


def mangle(class_name, name):
    """Private name mangling: __x inside class C becomes _C__x."""
    if class_name is None or not name.startswith("__") or name.endswith("__") or "." in name:
        return name
    stripped = class_name.lstrip("_")
    if not stripped:
        return name
    return "_%s%s" % (stripped, name)


class _Builder(object):
    def __init__(self, table):
        self.table = table
        self.class_name = None

    def m(self, name):
        return mangle(self.class_name, name)

    def new_scope(self, node, kind, name, parent):
        s = Scope(node, kind, name, parent)
        self.table.scopes[id(node)] = s
        if parent is not None:
            parent.children.append(s)
            # (a lambda or comprehension inside a comprehension's iterable is
            # inside it too, as CPython's symtable_enter_block has it)
            s.comp_iter_expr = parent.comp_iter_expr
            if parent.kind == "module":
                s.qualname = name
            elif parent.kind == "class":
                s.qualname = parent.qualname + "." + name
            else:
                s.qualname = parent.qualname + ".<locals>." + name
        return s

    def visit_body(self, node, scope):
        if isinstance(node, ast.Expression):
            self.visit(node.body, scope)
            return
        for stmt in node.body:
            self.visit(stmt, scope)

    def visit(self, node, scope):
        m = getattr(self, "visit_" + type(node).__name__, None)
        if m is not None:
            m(node, scope)
        else:
            self.generic(node, scope)

    def generic(self, node, scope):
        for field in node._fields:
            v = getattr(node, field, None)
            if isinstance(v, ast.AST):
                self.visit(v, scope)
            elif isinstance(v, list):
                for item in v:
                    if isinstance(item, ast.AST):
                        self.visit(item, scope)

    def visit_Name(self, node, scope):
        name = self.m(node.id)
        if isinstance(node.ctx, ast.Load):
            scope.uses.add(name)
            if node.id == "super" and scope.is_function:
                scope.uses.add("__class__")
        else:
            _not_debug(node.id, node, isinstance(node.ctx, ast.Del))
            self.bind(node.id, scope, node)

    def bind(self, name, scope, node):
        _not_debug(name, node)
        scope.add_def(self.m(name))

    def visit_Attribute(self, node, scope):
        if isinstance(node.ctx, ast.Store):
            _not_debug(node.attr, node)         # (`del x.__debug__` is allowed)
        self.visit(node.value, scope)

    def visit_Call(self, node, scope):
        _keywords(node.keywords, node)
        self.generic(node, scope)

    def _args(self, args, scope):
        for a in args.posonlyargs + args.args:
            self.visit_arg_default(a, scope)
        if args.vararg:
            self.visit_arg_default(args.vararg, scope)
        for a in args.kwonlyargs:
            self.visit_arg_default(a, scope)
        if args.kwarg:
            self.visit_arg_default(args.kwarg, scope)

    def visit_arg_default(self, a, scope):
        if a.annotation is not None:
            self.visit(a.annotation, scope)

    def _params(self, args, scope):
        names = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs]
        if args.vararg:
            names.append(args.vararg.arg)
        if args.kwarg:
            names.append(args.kwarg.arg)
        nodes = args.posonlyargs + args.args + args.kwonlyargs + \
            [a for a in (args.vararg, args.kwarg) if a is not None]
        for a in nodes:
            _not_debug(a.arg, scope.node)
        names = [self.m(n) for n in names]
        seen = set()
        for n in names:
            if n in seen:
                second = [a for a in nodes if self.m(a.arg) == n][1]
                raise CompileError.at("duplicate argument '%s' in function definition" % n,
                                      second)
            seen.add(n)
            scope.add_def(n)
        scope.params = names

    def visit_FunctionDef(self, node, scope):
        for d in node.decorator_list:
            self.visit(d, scope)
        self._defaults(node.args, scope)
        self._args(node.args, scope)
        if node.returns is not None:
            self.visit(node.returns, scope)
        self.bind(node.name, scope, node)
        s = self.new_scope(node, "function", node.name, scope)
        self._params(node.args, s)
        for stmt in node.body:
            self.visit(stmt, s)

    def visit_AsyncFunctionDef(self, node, scope):
        raise Unsupported("async def", node.lineno)

    def _defaults(self, args, scope):
        for d in args.defaults:
            self.visit(d, scope)
        for d in args.kw_defaults:
            if d is not None:
                self.visit(d, scope)

    def visit_Lambda(self, node, scope):
        self._defaults(node.args, scope)
        s = self.new_scope(node, "function", "<lambda>", scope)
        self._params(node.args, s)
        self.visit(node.body, s)

    def visit_ClassDef(self, node, scope):
        for d in node.decorator_list:
            self.visit(d, scope)
        for b in node.bases:
            self.visit(b, scope)
        _keywords(node.keywords, node)
        for k in node.keywords:
            self.visit(k.value, scope)
        self.bind(node.name, scope, node)
        s = self.new_scope(node, "class", node.name, scope)
        outer, self.class_name = self.class_name, node.name
        for stmt in node.body:
            self.visit(stmt, s)
        self.class_name = outer

    def _comprehension(self, node, scope, elts, name):
        gens = node.generators
        scope.comp_iter_expr += 1
        self.visit(gens[0].iter, scope)
        scope.comp_iter_expr -= 1
        s = self.new_scope(node, "function", name, scope)
        s.is_comprehension = True
        s.params = [".0"]
        s.add_def(".0")
        if isinstance(node, ast.GeneratorExp):
            s.is_generator = True
        for i, g in enumerate(gens):
            if g.is_async:
                raise Unsupported("async comprehension", node.lineno)
            if i > 0:
                s.comp_iter_expr += 1
                self.visit(g.iter, s)
                s.comp_iter_expr -= 1
            self.visit(g.target, s)
            for cond in g.ifs:
                self.visit(cond, s)
        for e in elts:
            self.visit(e, s)

    def visit_ListComp(self, node, scope):
        self._comprehension(node, scope, [node.elt], "<listcomp>")

    def visit_SetComp(self, node, scope):
        self._comprehension(node, scope, [node.elt], "<setcomp>")

    def visit_GeneratorExp(self, node, scope):
        self._comprehension(node, scope, [node.elt], "<genexpr>")

    def visit_DictComp(self, node, scope):
        self._comprehension(node, scope, [node.key, node.value], "<dictcomp>")

    def visit_NamedExpr(self, node, scope):
        if scope.comp_iter_expr > 0:
            raise CompileError.at("assignment expression cannot be used in a comprehension "
                                  "iterable expression", node)
        _not_debug(node.target.id, node.target)
        self.visit(node.value, scope)
        target = self.m(node.target.id)
        # the target binds in the nearest enclosing scope that is not a comprehension
        owner = scope
        while owner.is_comprehension:
            owner = owner.parent
        is_global = not owner.is_function or target in owner.globals
        s = scope
        while s.is_comprehension:
            if target in s.defs and target != ".0":
                raise CompileError.at("assignment expression cannot rebind comprehension "
                                      "iteration variable '%s'" % target, node)
            if is_global:
                s.globals.add(target)
            else:
                s.nonlocals.add(target)
            s.uses.add(target)
            s = s.parent
        if s.kind == "class" and s is not scope:
            raise CompileError.at("assignment expression within a comprehension cannot be "
                                  "used in a class body", node)
        if target not in s.globals:
            s.add_def(target)
        if s is not scope:
            s.uses.add(target)

    def visit_Global(self, node, scope):
        for n in map(self.m, node.names):
            if n in scope.nonlocals:
                raise CompileError.at("name '%s' is nonlocal and global" % n, node)
            _declared_late(n, scope, "global", node)
            scope.globals.add(n)

    def visit_Nonlocal(self, node, scope):
        if scope.kind == "module":
            raise CompileError.at("nonlocal declaration not allowed at module level", node)
        for n in map(self.m, node.names):
            if n in scope.globals:
                raise CompileError.at("name '%s' is nonlocal and global" % n, node)
            _declared_late(n, scope, "nonlocal", node)
            scope.nonlocals.add(n)

    def visit_Import(self, node, scope):
        for alias in node.names:
            name = alias.asname or alias.name.split(".")[0]
            self.bind(name, scope, node)

    def visit_ImportFrom(self, node, scope):
        for alias in node.names:
            if alias.name == "*":
                if scope.kind != "module":
                    raise CompileError.at("import * only allowed at module level", node)
                continue
            self.bind(alias.asname or alias.name, scope, node)

    def visit_ExceptHandler(self, node, scope):
        if node.type is not None:
            self.visit(node.type, scope)
        if node.name:
            self.bind(node.name, scope, node)
        for stmt in node.body:
            self.visit(stmt, scope)

    def visit_Yield(self, node, scope):
        self._yield(node, scope)
        if node.value is not None:
            self.visit(node.value, scope)

    def visit_YieldFrom(self, node, scope):
        self._yield(node, scope)
        self.visit(node.value, scope)

    def _yield(self, node, scope):
        if scope.kind != "function":
            raise CompileError.at("'yield' outside function", node)
        if scope.is_comprehension and not isinstance(scope.node, ast.GeneratorExp):
            raise CompileError.at("'yield' inside list comprehension", node)
        scope.is_generator = True

    def visit_Await(self, node, scope):
        raise Unsupported("await", node.lineno)

    def visit_AsyncFor(self, node, scope):
        raise Unsupported("async for", node.lineno)

    def visit_AsyncWith(self, node, scope):
        raise Unsupported("async with", node.lineno)

    # match (codegen.visit_Match): the names a pattern captures are bindings
    def visit_Match(self, node, scope):
        self.table.has_match = True
        self.generic(node, scope)

    def visit_MatchAs(self, node, scope):
        if node.name is not None:
            self.bind(node.name, scope, node)
        if node.pattern is not None:
            self.visit(node.pattern, scope)

    def visit_MatchStar(self, node, scope):
        if node.name is not None:
            self.bind(node.name, scope, node)

    def visit_MatchMapping(self, node, scope):
        self.generic(node, scope)
        if node.rest is not None:
            self.bind(node.rest, scope, node)

    def visit_TryStar(self, node, scope):
        raise Unsupported("except*", node.lineno)

    def visit_AnnAssign(self, node, scope):
        if isinstance(node.target, ast.Name):
            name = node.target.id
            n = self.m(name)
            if node.simple and scope.kind != "module" and (n in scope.globals or
                                                           n in scope.nonlocals):
                raise CompileError.at("annotated name '%s' can't be %s" % (
                    n, "global" if n in scope.globals else "nonlocal"), node)
            if node.simple:
                scope.annotated.add(n)
            _not_debug(name, node.target)
            if node.value is not None:
                self.bind(name, scope, node)
            elif scope.is_function:
                self.bind(name, scope, node)
        else:
            self.visit(node.target, scope)
        if scope.kind != "function":
            self.visit(node.annotation, scope)
        if node.value is not None:
            self.visit(node.value, scope)


def _not_debug(name, node, delete=False):
    """CPython's compiler refuses to bind or delete __debug__ (a constant)."""
    if name == "__debug__":
        raise CompileError.at("cannot %s __debug__" % ("delete" if delete else "assign to"), node)


def _keywords(keywords, where):
    """A call's (or class statement's: where) keyword names: not __debug__,
    none twice (CPython 3.11's compiler, validate_keywords)."""
    for i, k in enumerate(keywords):
        if k.arg is None:
            continue
        _not_debug(k.arg, where)
        for other in keywords[i + 1:]:
            if other.arg == k.arg:
                raise CompileError.at("keyword argument repeated: %s" % k.arg, other)


def _declared_late(n, scope, what, node):
    """`global n` or `nonlocal n` after n was a parameter, used, annotated or
    assigned to in the scope: CPython 3.11's symtable messages, in its order."""
    if n in scope.params:
        msg = "name '%s' is parameter and %s"
    elif n in scope.uses:
        msg = "name '%s' is used prior to %s declaration"
    elif n in scope.annotated:
        msg = "annotated name '%s' can't be %s"
    elif n in scope.defs:
        msg = "name '%s' is assigned to before %s declaration"
    else:
        return
    raise CompileError.at(msg % (n, what), node)


def _resolve(scope, visible):
    """Assign a kind to every name; `visible` maps names to enclosing function scopes."""
    sym = scope.symbols
    for n in scope.globals:
        sym[n] = GLOBAL
    for n in scope.nonlocals:
        if n not in visible:
            raise CompileError("no binding for nonlocal '%s' found" % n, _lineno(scope))
        sym[n] = FREE
    local_kind = LOCAL if scope.is_function else NAME
    for n in scope.defs:
        if n not in sym:
            sym[n] = local_kind
    # names children may see
    if scope.is_function:
        child_visible = dict(visible)
        for n in scope.defs:
            if sym.get(n) == LOCAL:
                child_visible[n] = scope
        for n in scope.nonlocals:
            child_visible[n] = visible[n]
        for n in scope.globals:
            child_visible.pop(n, None)
    elif scope.kind == "class":
        child_visible = dict(visible)
        child_visible["__class__"] = scope
    else:
        child_visible = {}
    for child in scope.children:
        _resolve(child, child_visible)
    # free names of children: cells here, or passed through from outside
    for child in scope.children:
        for n in child.freevars:
            if n == "__class__" and scope.kind == "class":
                scope.needs_class_cell = True
                if n not in scope.cellvars:
                    scope.cellvars.append(n)
                continue
            if scope.is_function and sym.get(n) in (LOCAL, CELL):
                sym[n] = CELL
                if n not in scope.cellvars:
                    scope.cellvars.append(n)
            elif n in visible and sym.get(n) != GLOBAL:
                if scope.is_function:
                    sym.setdefault(n, FREE)
                    if sym[n] == LOCAL:
                        sym[n] = CELL
                if n not in scope.freevars:
                    scope.freevars.append(n)
    for n in sorted(scope.uses):
        if n in sym:
            continue
        if n in visible and n != "__class__" or (n == "__class__" and n in visible
                                                 and scope.is_function):
            sym[n] = FREE
            if n not in scope.freevars:
                scope.freevars.append(n)
        else:
            sym[n] = GLOBAL if scope.is_function else NAME
    for n in scope.nonlocals:
        if n not in scope.freevars:
            scope.freevars.append(n)
    if scope.kind == "class":
        # a class body's own free uses are read with LOAD_CLASSDEREF
        for n in scope.freevars:
            if sym.get(n) in (None, NAME) and n in scope.uses:
                sym[n] = FREE if n not in scope.defs else NAME


def _lineno(scope):
    return getattr(scope.node, "lineno", 1)
