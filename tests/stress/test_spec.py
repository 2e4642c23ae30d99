"""The stress front matter and outcome classes."""
from engines.outcome import Outcome
from stress.spec import builtin, outcome_text, parse, with_prelude

RACY = """# description: a racy counter
# dialect: py2+3
# acceptable: 8000
# interesting: \\d+
# runs: 7
print(8000)
"""


def test_front_matter_gives_dialect_runs_and_classes():
    spec = parse(RACY, "threads/racy")
    assert (spec.dialect, spec.runs, spec.description) == ("py2+3", 7, "a racy counter")
    assert spec.classify("8000", ok=True) == "acceptable"
    assert spec.classify("7311", ok=True) == "interesting"


def test_an_unmatched_clean_outcome_gets_the_otherwise_class():
    assert parse("# acceptable: 1\n", "t").classify("2", ok=True) == "forbidden"
    assert parse("# acceptable: 1\n# otherwise: interesting\n", "t").classify("2", ok=True) == "interesting"


def test_a_crash_or_hang_is_forbidden_unless_a_pattern_names_it():
    spec = parse("# acceptable: 1\n# otherwise: interesting\n# acceptable: exception: RuntimeError\n", "t")
    assert spec.classify("crash: SIGSEGV", ok=False) == "forbidden"
    assert spec.classify("timeout", ok=False) == "forbidden"
    assert spec.classify("exception: RuntimeError", ok=False) == "acceptable"


def test_outcome_text_names_what_went_wrong():
    assert outcome_text(Outcome("e", "ok", stdout="a\nb\n")) == "a | b"
    assert outcome_text(Outcome("e", "exception", exception="KeyError")) == "exception: KeyError"
    assert outcome_text(Outcome("e", "crash", signal=11)) == "crash: SIGSEGV"
    assert outcome_text(Outcome("e", "timeout")) == "timeout"


def test_the_prelude_goes_after_future_imports():
    src = "from __future__ import print_function\nprint(1)\n"
    assert with_prelude(src, "X = 1\n") == "from __future__ import print_function\nX = 1\nprint(1)\n"


def test_every_builtin_program_declares_an_acceptable_outcome_and_a_description():
    for kind in ("threads", "gc"):
        specs = builtin(kind)
        assert specs, kind
        for spec in specs:
            assert spec.patterns["acceptable"] and spec.description, spec.name
            assert spec.kind == kind
