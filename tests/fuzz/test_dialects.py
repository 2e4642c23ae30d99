"""py2+3 programs stay inside the common subset of 2.7 and 3; py3 programs inside 3.9;
py310 programs add match statements, which the engines at 3.10 or later run alike."""
import ast
import subprocess

import pytest

from fuzz.generate import generate, parse_features

from .conftest import needs  # noqa: F401  (pypy3 is checked by binary, jython through the engine)

ALL = parse_features("all")


def _py23(n=40, features=ALL):
    return [generate(seed, {"dialect": "py2+3", "features": features}) for seed in range(n)]


def test_py23_programs_use_no_py3_only_syntax():
    for p in _py23():
        for node in ast.walk(ast.parse(p.source)):
            assert not isinstance(node, (ast.JoinedStr, ast.Nonlocal, ast.YieldFrom)), ast.dump(node)
            if isinstance(node, ast.Raise):
                assert node.cause is None
            if isinstance(node, (ast.FunctionDef, ast.Lambda)):
                assert not node.args.kwonlyargs
            if isinstance(node, ast.ClassDef):
                assert node.bases, "py2+3 classes need an explicit base (object)"
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                if node.func.id == "print":
                    assert len(node.args) == 1 and not node.keywords
                if node.func.id == "super":
                    assert len(node.args) == 2
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div):
                assert isinstance(node.right, ast.Constant) and isinstance(node.right.value, float)


def test_py23_programs_iterate_dicts_only_through_sorted():
    for p in _py23():
        for node in ast.walk(ast.parse(p.source)):
            if isinstance(node, ast.For):
                it = node.iter
                assert not (isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute)
                            and it.func.attr in ("keys", "values", "items"))


def test_py3_programs_parse_as_python_3_9():
    for seed in range(40):
        ast.parse(generate(seed, {"features": ALL}).source, feature_version=(3, 9))


@needs("pypy3")
def test_py3_programs_compile_on_pypy_3_9():
    sources = [generate(seed, {"features": ALL}).source for seed in range(30)]
    code = "import sys\nfor s in sys.stdin.read().split('\\0'):\n    compile(s, 'prog.py', 'exec')\nprint('ok')\n"
    r = subprocess.run(["pypy3", "-c", code], input="\0".join(sources), capture_output=True, text=True, timeout=120)
    assert r.stdout.strip() == "ok", r.stderr[-2000:]


@pytest.mark.slow
def test_py23_programs_print_the_same_on_cpython_and_jython(engine_factory):
    from engines import Limits
    jython, cpython = engine_factory("jython"), engine_factory("cpython")
    progs = [generate(seed, {"dialect": "py2+3"}) for seed in range(3000, 3012)]
    with cpython.session(isolation="worker") as s:
        expected = [s.run(p, Limits(timeout=5)) for p in progs]
    with jython.session(isolation="worker") as s:      # one JVM, a batch of programs
        got = [s.run(p, Limits(timeout=60)) for p in progs]
    for p, a, b in zip(progs, expected, got):
        assert a.status == "ok"
        assert (b.status, b.stdout) == (a.status, a.stdout), p.origin


def _py310_with_match(n):
    out, seed = [], 0
    while len(out) < n:
        p = generate(seed, {"dialect": "py310", "features": ALL})
        if any(isinstance(node, ast.Match) for node in ast.walk(ast.parse(p.source))):
            out.append(p)
        seed += 1
    return out


def test_py310_programs_write_every_kind_of_pattern_and_only_a_last_case_is_irrefutable():
    seen = set()
    for p in _py310_with_match(40):
        compile(p.source, "prog.py", "exec")    # (an irrefutable case before the last: SyntaxError)
        for node in ast.walk(ast.parse(p.source, feature_version=(3, 10))):
            seen.add(type(node).__name__)
            if isinstance(node, ast.Match):
                for case in node.cases[:-1]:
                    assert not (isinstance(case.pattern, ast.MatchAs) and case.pattern.pattern is None
                                and case.guard is None), ast.dump(case.pattern)
            if isinstance(node, ast.match_case) and node.guard is not None:
                seen.add("guard")
            if isinstance(node, ast.MatchClass) and node.cls.id[0] == "C":      # a generated class
                seen.add("generated class")
                if node.patterns:
                    seen.add("positional sub-patterns")
    for kind in ("MatchValue", "MatchSequence", "MatchStar", "MatchMapping", "MatchClass", "MatchOr",
                 "MatchAs", "guard", "generated class", "positional sub-patterns"):
        assert kind in seen, kind


def test_py3_programs_have_no_match_statement():
    for seed in range(40):
        tree = ast.parse(generate(seed, {"features": ALL}).source)
        assert not any(isinstance(node, ast.Match) for node in ast.walk(tree))


def _py310_expressions(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr == "bit_count":
            yield "bit_count"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id == "isinstance" and isinstance(node.args[1], ast.BinOp):
            yield "isinstance union"


def test_py310_programs_use_bit_count_and_type_unions_and_py3_programs_do_not():
    seen = set()
    for seed in range(40):
        seen.update(_py310_expressions(ast.parse(generate(seed, {"dialect": "py310"}).source)))
        assert not list(_py310_expressions(ast.parse(generate(seed, {"features": ALL}).source)))
    assert seen == {"bit_count", "isinstance union"}


def test_py310_is_for_engines_at_3_10_or_later(engine_factory):
    cpython = engine_factory("cpython")
    refvm = engine_factory("refvm")
    assert cpython.covers("py310") and refvm.covers("py310")
    assert not engine_factory("cmd:old=python3,level=3.9").covers("py310")
    assert not engine_factory("cmd:two=python3,level=2.7").covers("py310")


def test_py310_programs_print_the_same_on_cpython_and_refvm(engine_factory):
    from engines import Limits
    cpython, refvm = engine_factory("cpython"), engine_factory("refvm")
    progs = _py310_with_match(12)
    with cpython.session(isolation="worker") as s:
        expected = [s.run(p, Limits(timeout=10)) for p in progs]
    with refvm.session(isolation="worker") as s:
        got = [s.run(p, Limits(timeout=30)) for p in progs]
    assert sum("case " in a.stdout for a in expected) >= 4     # (cases ran, not just compiled)
    for p, a, b in zip(progs, expected, got):
        assert a.status == "ok"
        assert (b.status, b.stdout) == (a.status, a.stdout), p.origin
