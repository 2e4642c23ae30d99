"""The transpiler alone (no Go toolchain needed): the shape of the generated Go, and
constructs outside the dialect named as unsupported."""
import pytest

from engines.grumpy.errors import Unsupported
from engines.grumpy.py2 import decode_go_package, encode_go_package, parse
from engines.grumpy.transpile import transpile
from tests.engines.grumpy.programs import UNSUPPORTED


def go(src: str) -> str:
    return transpile(src).source


def test_a_module_becomes_a_package_exporting_its_code_object():
    out = go("x = 1\n")
    assert "package module" in out
    assert 'var Code = πg.NewCode("<module>", "prog.py", nil, 0,' in out


def test_module_names_are_globals_and_function_names_go_locals():
    out = go("def f(a):\n    b = a\n    return b\n")
    assert "πF.Globals().SetItem(πF, ßf.ToObject()" in out
    assert "µa = πArgs[0]" in out and "µb = µa" in out


def test_nested_functions_are_go_closures_over_the_same_variable():
    out = go("def f():\n    x = 1\n    def g():\n        return x\n    return g\n")
    inner = out.split('NewCode("g"')[1]
    assert 'πd.CheckFree(πF, µx, "x")' in inner and "var µx" not in inner


def test_every_runtime_call_checks_for_a_raised_exception():
    out = go("def f(a, b):\n    return a + b\n")
    assert "if πT0, πE = πg.Add(πF, µa, µb); πE != nil {\n\t\t\treturn nil, πE" in out


def test_try_except_jumps_forward_to_its_handler():
    out = go("try:\n    f()\nexcept ValueError:\n    pass\n")
    assert "goto πExcept1" in out and "πExcept1:" in out and "πd.Matches(πF" in out


def test_generators_run_their_body_behind_πd_generator():
    out = go("def g():\n    yield 1\n")
    assert "return πd.Generator(πF, func(πyield πd.Yield)" in out and "πyield(ßc" in out


def test_locals_start_unbound():
    out = go("def f():\n    del x\n    x = 1\n")
    assert "µx = πg.UnboundLocal" in out


@pytest.mark.parametrize("construct", sorted(UNSUPPORTED))
def test_constructs_outside_the_dialect_are_named(construct):
    with pytest.raises(Unsupported) as e:
        transpile(UNSUPPORTED[construct])
    assert str(e.value).startswith(construct)


def test_python2_syntax_is_accepted_in_py2_mode_only():
    src = "print 'a', 1\nx = 0777\nif x <> 1: pass\n"
    with pytest.raises(SyntaxError):
        parse(src, "old.py")
    assert "print('a', 1)" in __import__("ast").unparse(parse(src, "old.py", py2=True))


def test_native_imports_are_rewritten_to_an_encoded_module_name():
    tree = parse("from '__go__/encoding/csv' import NewReader\n", "n.py", py2=True)
    assert decode_go_package(tree.body[0].module) == "encoding/csv"
    assert encode_go_package("a.b/c") == "__go__.a__D__b__S__c"
    assert 'πn_encoding_csv "encoding/csv"' in transpile(tree).source


def test_py2_str_literals_are_latin1_bytes_and_dialect_ones_utf8():
    assert r'πg.NewStr("\xe9")' in transpile(parse("x = '\\xe9'\n", "p", py2=True), py2=True).source
    assert r'πg.NewStr("\xc3\xa9")' in go("x = '\\xe9'\n")
