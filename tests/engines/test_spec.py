import pytest

from engines import resolve, resolve_many
from engines.errors import UserError
from engines.spec import parse_spec, parse_specs


def test_a_bare_name_is_an_engine_with_no_path_or_options():
    s = parse_spec("cpython")
    assert (s.name, s.path, s.options) == ("cpython", None, {})


def test_at_gives_the_interpreter_path():
    s = parse_spec("cpython@/usr/bin/python3.11")
    assert (s.name, s.path) == ("cpython", "/usr/bin/python3.11")


def test_options_follow_a_colon_as_key_value_pairs():
    s = parse_spec("refvm:gc=tracing,jit=on")
    assert s.options == {"gc": "tracing", "jit": "on"}
    assert s.label == "refvm:gc=tracing,jit=on"


def test_path_and_options_together():
    s = parse_spec("refvm@/usr/bin/pypy3:gc=none")
    assert (s.name, s.path, s.options) == ("refvm", "/usr/bin/pypy3", {"gc": "none"})


def test_a_list_keeps_each_engines_options_with_it():
    specs = parse_specs("cpython,refvm:gc=tracing,jit=on,pypy")
    assert [s.label for s in specs] == ["cpython", "refvm:gc=tracing,jit=on", "pypy"]


@pytest.mark.parametrize("bad", ["", "Cpython!", "cpython@", "refvm:", "refvm:gc", "refvm:=x"])
def test_malformed_specs_are_user_errors(bad):
    with pytest.raises(UserError):
        parse_spec(bad)


def test_unknown_engines_are_user_errors_naming_the_known_ones():
    with pytest.raises(UserError, match="unknown engine 'ironpython'.*cpython"):
        resolve("ironpython")


def test_unknown_options_are_user_errors():
    with pytest.raises(UserError, match="unknown option 'colour'"):
        resolve("refvm:colour=red")


def test_the_same_engine_twice_is_a_user_error():
    with pytest.raises(UserError, match="given twice"):
        resolve_many("cpython,cpython")


def test_cmd_names_an_engine_by_its_key_and_runs_its_value():
    e = resolve("cmd:ipy=/opt/ipy/ipy -X:Frames,level=2.7")
    assert e.label == "ipy"
    assert e.spawn_argv("prog.py") == ["/opt/ipy/ipy", "-X:Frames", "prog.py"]
    assert e.level == (2, 7)


def test_cmd_without_a_command_is_a_user_error():
    with pytest.raises(UserError, match="cmd:NAME=COMMAND"):
        resolve("cmd:level=3")


def test_cmd_with_a_missing_binary_is_unavailable_with_the_reason():
    ok, reason = resolve("cmd:ghost=/nonexistent/ghost").available()
    assert not ok and "not found" in reason
