"""Constant folding on the AST, as CPython 3.11's compiler does it before
generating code (Python/ast_opt.c; its rules and limits, written here from
that file's behaviour): operators on constants, tuples of constants, a
constant subscripted by a constant, `x in [1, 2]` and `for x in [1, 2]` over
a tuple (a frozenset for a set), `__debug__`.

What it changes is what a program can see: a folded `10 ** 20`, `-1.5` or
`(1, 2)` is one object, made once, where unfolded code makes a new one at
each evaluation (`f() is f()`), and a code object's co_consts.  A fold that
raises (`1 / 0`) or whose result would be large is left to run.
"""
import _ast as ast
import operator

MAX_INT_SIZE = 128          # bits
MAX_COLLECTION_SIZE = 256   # items
MAX_STR_SIZE = 4096         # characters
MAX_TOTAL_ITEMS = 1024      # including nested collections

_NO = object()              # "not folded"


def _complexity_ok(w, limit):
    """A tuple's or frozenset's items, nested ones included, up to limit."""
    todo = [w]
    while todo:
        x = todo.pop()
        if isinstance(x, (tuple, frozenset)):
            limit -= len(x)
            if limit < 0:
                return False
            todo.extend(x)
    return True


def _multiply(v, w):
    # (isinstance: CPython's PyLong_Check, bools included)
    if isinstance(w, int) and not isinstance(v, int):
        v, w = w, v
    if isinstance(v, int) and isinstance(w, int):
        if v and w and v.bit_length() + w.bit_length() > MAX_INT_SIZE:
            return _NO
    elif isinstance(v, int) and isinstance(w, (tuple, frozenset)):
        if w:
            if v < 0 or v > MAX_COLLECTION_SIZE // len(w):
                return _NO
            if v and not _complexity_ok(w, MAX_TOTAL_ITEMS // v):
                return _NO
    elif isinstance(v, int) and isinstance(w, (str, bytes)):
        if w and (v < 0 or v > MAX_STR_SIZE // len(w)):
            return _NO
    return v * w


def _power(v, w):
    if isinstance(v, int) and isinstance(w, int) and v and w > 0:
        if v.bit_length() > MAX_INT_SIZE // w:
            return _NO
    return v ** w


def _lshift(v, w):
    if isinstance(v, int) and isinstance(w, int) and v and w:
        if w > MAX_INT_SIZE or v.bit_length() > MAX_INT_SIZE - w:
            return _NO
    return v << w


def _mod(v, w):
    if isinstance(v, (str, bytes)):
        return _NO              # (printf-style formatting is left to run)
    return v % w


BINARY = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: _multiply,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: _mod,
    ast.Pow: _power, ast.LShift: _lshift, ast.RShift: operator.rshift,
    ast.BitOr: operator.or_, ast.BitXor: operator.xor, ast.BitAnd: operator.and_,
}
UNARY = {ast.Invert: operator.invert, ast.Not: operator.not_, ast.UAdd: operator.pos,
         ast.USub: operator.neg}
_INVERSE = {ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.In: ast.NotIn, ast.NotIn: ast.In}
_BODIES = (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def _const(node, value):
    return _located(ast.Constant(value=value, kind=None), node)


def _is_docstring(body):
    return bool(body) and isinstance(body[0], ast.Expr) and \
        isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)


def _consts(elts):
    if all(isinstance(e, ast.Constant) for e in elts):
        return tuple(e.value for e in elts)
    return None


def _apply(fn, *args):
    try:
        return fn(*args)
    except Exception:
        return _NO              # (it raises when it runs)


def _as_iter(node):
    """A list or set iterated over (`in`, `for`): a constant tuple or
    frozenset of constants, a tuple display otherwise."""
    if isinstance(node, ast.List) and not any(isinstance(e, ast.Starred) for e in node.elts):
        vals = _consts(node.elts)
        if vals is not None:
            return _const(node, vals)
        return _located(ast.Tuple(elts=node.elts, ctx=node.ctx), node)
    if isinstance(node, ast.Set):
        vals = _consts(node.elts)
        if vals is not None:
            w = _apply(frozenset, vals)
            if w is not _NO:
                return _const(node, w)
    return node


def _located(new, node):
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if hasattr(node, a):
            setattr(new, a, getattr(node, a))
    return new


def fold(node):
    """The node with its constant expressions folded (in place where it can)."""
    for name in node._fields:
        value = getattr(node, name, None)
        if isinstance(value, ast.AST):
            setattr(node, name, fold(value))
        elif isinstance(value, list):
            if name == "body" and isinstance(node, _BODIES):
                doc = _is_docstring(value)
                first = value[0] if value else None
                old = first.value if isinstance(first, ast.Expr) else None
                value[:] = [fold(x) if isinstance(x, ast.AST) else x for x in value]
                if not doc and _is_docstring(value):
                    value[0].value = old        # (a fold makes no docstring: `'a' + 'b'`)
            else:
                value[:] = [fold(x) if isinstance(x, ast.AST) else x for x in value]
    return _fold_node(node)


def _fold_node(node):
    c = node.__class__
    if c is ast.UnaryOp:
        arg = node.operand
        if isinstance(node.op, ast.Not) and isinstance(arg, ast.Compare) and \
                len(arg.ops) == 1 and arg.ops[0].__class__ in _INVERSE:
            # `not x is y` is `x is not y` (and in / not in): the same truth,
            # one instruction; CPython folds it so (not ==, <, ...: a class may
            # define them apart)
            arg.ops[0] = _INVERSE[arg.ops[0].__class__]()
            return arg
        if isinstance(node.operand, ast.Constant):
            w = _apply(UNARY[node.op.__class__], node.operand.value)
            if w is not _NO:
                return _const(node, w)
    elif c is ast.BinOp:
        fn = BINARY.get(node.op.__class__)
        if fn is not None and isinstance(node.left, ast.Constant) and \
                isinstance(node.right, ast.Constant):
            w = _apply(fn, node.left.value, node.right.value)
            if w is not _NO:
                return _const(node, w)
    elif c is ast.Tuple:
        if isinstance(node.ctx, ast.Load):
            vals = _consts(node.elts)
            if vals is not None:
                return _const(node, vals)
    elif c is ast.Subscript:
        if isinstance(node.ctx, ast.Load) and isinstance(node.value, ast.Constant) and \
                isinstance(node.slice, ast.Constant):
            w = _apply(operator.getitem, node.value.value, node.slice.value)
            if w is not _NO:
                return _const(node, w)
    elif c is ast.Compare:
        if node.ops[-1].__class__ in (ast.In, ast.NotIn):
            node.comparators[-1] = _as_iter(node.comparators[-1])
    elif c is ast.For or c is ast.comprehension:
        node.iter = _as_iter(node.iter)
    elif c is ast.Name:
        if node.id == "__debug__" and isinstance(node.ctx, ast.Load):
            return _const(node, True)
    return node
