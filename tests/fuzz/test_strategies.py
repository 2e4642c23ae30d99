"""fuzz.strategies.programs drives the same generator from Hypothesis, and shrinks."""
import ast

from hypothesis import find, given, settings, HealthCheck

from fuzz.strategies import programs


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(programs(dialect="py2+3", size=3))
def test_strategy_programs_are_valid_python_with_metadata(p):
    compile(p.source, "prog.py", "exec")
    assert p.dialect == "py2+3" and p.origin["generator"] == "diverge-hypothesis"
    assert p.source.rstrip().splitlines()[-1].startswith("print('checksum")


def test_strategy_programs_run_on_cpython(cpython_session):
    from engines import Limits
    seen = []

    @settings(max_examples=10, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(programs(size=4))
    def run(p):
        out = cpython_session.run(p, Limits(timeout=2))
        assert out.status == "ok", (out.stderr, p.source)
        seen.append(p)

    run()
    assert seen


def test_shrinking_finds_a_small_program_with_a_class():
    strategy = programs(size=2, expr_depth=1, max_depth=1, features={"classes": 1, "arithmetic": 5})
    p = find(strategy, lambda p: "class C" in p.source,
             settings=settings(max_examples=50, database=None, derandomize=True,
                               suppress_health_check=list(HealthCheck)))
    tree = ast.parse(p.source)
    statements = [n for n in tree.body if not isinstance(n, (ast.FunctionDef, ast.ClassDef))]
    classes = [n for n in tree.body if isinstance(n, ast.ClassDef)]
    # the prelude's _INTS, two top variables, the instance, the checksum: nothing else survives
    assert classes and len(statements) <= 8, p.source
