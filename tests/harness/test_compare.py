from engines.outcome import Outcome
from harness.compare import compare, render
from harness.normalize import memory_addresses


def oc(engine, status="ok", stdout="", exit=0, exception=None, message=None, signal=None):
    return Outcome(engine=engine, status=status, stdout=stdout, exit=exit, exception=exception,
                   message=message, signal=signal)


def test_equal_outcomes_agree_in_one_group():
    v = compare({"a": oc("a", stdout="1\n"), "b": oc("b", stdout="1\n")})
    assert v.status == "agree" and v.groups == [["a", "b"]]


def test_different_stdout_diverges_into_groups_largest_first():
    v = compare({"a": oc("a", stdout="1\n"), "b": oc("b", stdout="2\n"), "c": oc("c", stdout="1\n")})
    assert v.status == "diverge" and v.groups == [["a", "c"], ["b"]]


def test_exception_types_are_compared_but_messages_only_when_strict():
    a = oc("a", "exception", exit=1, exception="TypeError", message="can only concatenate")
    b = oc("b", "exception", exit=1, exception="TypeError", message="unsupported operand")
    assert compare({"a": a, "b": b}).status == "agree"
    assert compare({"a": a, "b": b}, strict_messages=True).status == "diverge"
    c = oc("c", "exception", exit=1, exception="ValueError")
    assert compare({"a": a, "c": c}).status == "diverge"


def test_exit_status_is_compared():
    assert compare({"a": oc("a", exit=0), "b": oc("b", exit=3)}).status == "diverge"


def test_partial_output_before_a_timeout_is_not_compared():
    v = compare({"a": oc("a", "timeout", stdout="1\n2\n", exit=None), "b": oc("b", "timeout", stdout="1\n", exit=None)})
    assert v.status == "agree"


def test_memory_addresses_are_normalized():
    a = oc("a", stdout="<__main__.C object at 0x7f3a2c1b5e80>\n")
    b = oc("b", stdout="<__main__.C object at 0x2>\n")
    assert compare({"a": a, "b": b}).status == "agree"
    assert memory_addresses("id 0x00007f12ab34cd56") == "id 0xADDR"


def test_unsupported_engines_sit_out():
    v = compare({"a": oc("a", stdout="1\n"), "r": oc("r", "unsupported", exit=3)})
    assert v.status == "agree" and v.unsupported == ["r"] and v.groups == [["a"]]


def test_an_internal_error_makes_the_verdict_error():
    v = compare({"a": oc("a"), "r": oc("r", "internal-error", exit=70)})
    assert v.status == "error" and v.errors == ["r"]


def test_render_shows_what_the_comparison_looked_at():
    text = render(oc("a", "exception", stdout="x\n", exit=1, exception="KeyError", message="'k'"))
    assert "status: exception" in text and "exception: KeyError: 'k'" in text and "  x" in text


def test_the_per_run_directory_is_normalized():
    a = oc("a", stdout="/dev/shm/diverge-runs/run-ab_1/cwd/prog.py\n")
    b = oc("b", stdout="/tmp/diverge-runs/run-zz9/cwd/prog.py\n")
    assert compare({"a": a, "b": b}).status == "agree"
