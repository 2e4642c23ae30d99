"""Mutations of corpus programs for coverage-guided campaigns (fuzz/campaign/guided.py).

`mutate(source, seed)` applies one to three small AST edits chosen by `random.Random(seed)`
and returns the new source (or None when no edit applies).  The edits keep a program
terminating: they never touch a `while` test, a `range(...)` argument or a loop
variable's iterable, and they add at most one statement's worth of work each.  They do
not keep it free of exceptions — an exception the engines raise differently is a finding.
"""
from __future__ import annotations

import ast
import copy
import random

_ARITH = [ast.Add, ast.Sub, ast.Mult, ast.BitAnd, ast.BitOr, ast.BitXor, ast.FloorDiv, ast.Mod]
_CMP = [ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq]


def _protected(tree) -> set:
    """Nodes inside while tests, range() calls and for-loop iterables: left alone."""
    out = set()
    for node in ast.walk(tree):
        roots = []
        if isinstance(node, ast.While):
            roots.append(node.test)
        elif isinstance(node, (ast.For, ast.comprehension)):
            roots.append(node.iter)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("range", "xrange"):
            roots.append(node)
        for r in roots:
            out.update(id(n) for n in ast.walk(r))
    return out


def _candidates(tree, kinds, protected):
    return [n for n in ast.walk(tree) if isinstance(n, kinds) and id(n) not in protected]


def swap_binop(tree, rng, protected):
    nodes = [n for n in _candidates(tree, ast.BinOp, protected) if type(n.op) in _ARITH]
    if not nodes:
        return False
    n = rng.choice(nodes)
    # // and % only replace each other: a divisor the generator guarded stays a divisor
    pool = [ast.FloorDiv, ast.Mod] if type(n.op) in (ast.FloorDiv, ast.Mod) else _ARITH[:6]
    n.op = rng.choice([o for o in pool if o is not type(n.op)])()
    return True


def swap_compare(tree, rng, protected):
    nodes = [n for n in _candidates(tree, ast.Compare, protected) if all(type(o) in _CMP for o in n.ops)]
    if not nodes:
        return False
    n = rng.choice(nodes)
    i = rng.randrange(len(n.ops))
    n.ops[i] = rng.choice([o for o in _CMP if o is not type(n.ops[i])])()
    return True


def negate_test(tree, rng, protected):
    nodes = _candidates(tree, (ast.If, ast.IfExp), protected)
    if not nodes:
        return False
    n = rng.choice(nodes)
    n.test = ast.UnaryOp(op=ast.Not(), operand=n.test)
    return True


def swap_boolop(tree, rng, protected):
    nodes = _candidates(tree, ast.BoolOp, protected)
    if not nodes:
        return False
    n = rng.choice(nodes)
    n.op = ast.Or() if isinstance(n.op, ast.And) else ast.And()
    return True


def tweak_constant(tree, rng, protected):
    nodes = [n for n in _candidates(tree, ast.Constant, protected)
             if type(n.value) in (int, float, str) and not (isinstance(n.value, int) and abs(n.value) > 10 ** 6)]
    if not nodes:
        return False
    n = rng.choice(nodes)
    v = n.value
    if isinstance(v, int):
        n.value = rng.choice([v + 1, v - 1, 0, -v, 2 ** 64 + v, -(2 ** 31)])
    elif isinstance(v, float):
        n.value = rng.choice([-v, 0.0, v * 2, 0.5])
    else:
        n.value = rng.choice(["", v * 2, v.upper(), v[::-1], "\u00e9" + v])
    return True


def _bodies(tree, protected):
    """Statement lists that may take an edit (not class bodies: their names matter to the program)."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) or id(node) in protected:
            continue
        for field in ("body", "orelse", "finalbody"):
            body = getattr(node, field, None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                out.append(body)
    return out


_PLAIN = (ast.Assign, ast.AugAssign, ast.Expr, ast.AnnAssign)


def wrap_try(tree, rng, protected):
    spots = [(b, i) for b in _bodies(tree, protected) for i, s in enumerate(b) if isinstance(s, _PLAIN)]
    if not spots:
        return False
    body, i = rng.choice(spots)
    handler = ast.parse("try:\n    pass\nexcept Exception as _e:\n    print('caught', type(_e).__name__)\n").body[0]
    handler.body = [body[i]]
    body[i] = handler
    return True


def duplicate_statement(tree, rng, protected):
    spots = [(b, i) for b in _bodies(tree, protected) for i, s in enumerate(b) if isinstance(s, _PLAIN)]
    if not spots:
        return False
    body, i = rng.choice(spots)
    body.insert(i + 1, copy.deepcopy(body[i]))
    return True


def drop_statement(tree, rng, protected):
    spots = [(b, i) for b in _bodies(tree, protected) if len(b) > 1 for i, s in enumerate(b) if isinstance(s, _PLAIN)]
    if not spots:
        return False
    body, i = rng.choice(spots)
    del body[i]
    return True


_PROBES = ["print(type({0}).__name__)", "print(bool({0}))", "print(isinstance({0}, (int, str, list, dict)))",
           "print({0} == {0})", "print(callable({0}))"]


def insert_probe(tree, rng, protected):
    """After an assignment to a plain name, print something every engine must agree on."""
    spots = [(b, i, s.targets[0].id) for b in _bodies(tree, protected) for i, s in enumerate(b)
             if isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name)]
    if not spots:
        return False
    body, i, name = rng.choice(spots)
    body.insert(i + 1, ast.parse(rng.choice(_PROBES).format(name)).body[0])
    return True


MUTATIONS = [swap_binop, swap_compare, negate_test, swap_boolop, tweak_constant, wrap_try, duplicate_statement,
             drop_statement, insert_probe]


def mutate(source: str, seed: int, max_edits: int = 3) -> tuple[str, list[str]] | None:
    """(mutated source, names of the edits applied), or None when nothing applied."""
    rng = random.Random(seed)
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    done = []
    for _ in range(rng.randint(1, max_edits)):
        protected = _protected(tree)
        for op in rng.sample(MUTATIONS, len(MUTATIONS)):
            if op(tree, rng, protected):
                done.append(op.__name__)
                break
    if not done:
        return None
    ast.fix_missing_locations(tree)
    try:
        out = ast.unparse(tree) + "\n"
        compile(out, "<mutant>", "exec")
    except (SyntaxError, ValueError, RecursionError):
        return None
    return out, done
