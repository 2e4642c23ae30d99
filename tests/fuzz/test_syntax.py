"""Syntax mode: compile-only programs from pysource-codegen and hypothesmith."""
import pytest

from fuzz.syntax import syntax_programs, wrap


def test_codegen_programs_are_deterministic_and_compile_only():
    a = syntax_programs(5, 3, "codegen")
    b = syntax_programs(5, 3, "codegen")
    assert [p.source for p in a] == [p.source for p in b]
    assert all(p.features == ("syntax",) and "compile(src, '<fuzz>', 'exec')" in p.source for p in a)


def test_the_wrapper_reports_compiled_or_the_exception_type(capsys):
    exec(compile(wrap("x = 1\n"), "w", "exec"), {})
    exec(compile(wrap("def (:\n"), "w", "exec"), {})
    assert capsys.readouterr().out.split() == ["compiled", "SyntaxError"]


def test_hypothesmith_programs_are_deterministic_for_a_seed():
    a = [p.source for p in syntax_programs(11, 2, "hypothesmith")]
    assert len(a) == 2
    assert a == [p.source for p in syntax_programs(11, 2, "hypothesmith")]


def test_unknown_source_is_rejected():
    with pytest.raises(ValueError):
        syntax_programs(1, 1, "nope")
