from pathlib import Path

from engines import Limits, Program, resolve_many
from engines.outcome import Outcome
from fuzz.campaign.signature import divergence, shape
from fuzz.reduce import count_statements, reduce_program
from harness.compare import compare
from harness.differential import Differential, Result

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def result(**outcomes):
    oc = {k: Outcome(engine=k, **v) for k, v in outcomes.items()}
    return Result(Program("pass\n"), oc, compare(oc))


def test_the_divergence_names_groups_status_classes_and_exception_types():
    r = result(cpython={"status": "exception", "exit": 1, "exception": "TypeError"},
               pyodide={"status": "exception", "exit": 1, "exception": "TypeError"},
               pypy={"status": "ok", "exit": 0})
    assert divergence(r) == "cpython,pyodide:exception=TypeError | pypy:ok"


def test_the_shape_ignores_names_and_constants_but_not_structure():
    assert shape("x = 1\nprint(x)\n") == shape("y = 'a'\nfoo(y)\n")
    assert shape("x = 1\n") != shape("def f():\n    pass\n")


def test_the_finalizer_example_reduces_to_a_few_lines_that_still_diverge(engine_factory):
    engine_factory("pypy")
    program = Program.from_file(EXAMPLES / "finalizer_timing.py")
    with Differential(resolve_many("cpython,pypy"), limits=Limits(timeout=10)) as diff:
        before = divergence(diff.run(program))
        red = reduce_program(program, diff, budget=120)
        after = diff.run(Program(red.reduced))
    assert "__del__" in red.reduced
    assert count_statements(red.reduced) < count_statements(program.source)
    assert len(red.reduced.splitlines()) <= 10
    assert after.verdict.status == "diverge" and divergence(after) == before


def test_the_top_level_pass_keeps_exactly_the_statements_the_divergence_needs():
    from fuzz.reduce import _drop_top_level
    stmts = [f"v{i} = {i}" for i in range(40)]
    stmts[13] = "x = 7"
    stmts[31] = "print(x)"
    calls = []

    def needs_both(source):
        calls.append(source)
        return "x = 7" in source and "print(x)" in source

    assert _drop_top_level("\n".join(stmts) + "\n", needs_both) == "x = 7\nprint(x)\n"
    assert len(calls) < 40                      # chunks, not one statement at a time


def test_the_top_level_pass_leaves_a_program_it_cannot_test_alone():
    from fuzz.reduce import _drop_top_level
    src = "a = 1\nprint(a)\n"
    assert _drop_top_level(src, lambda s: False) == src
    assert _drop_top_level("print 'py2'\n", lambda s: True) == "print 'py2'\n"
