"""The documented-differences catalogue: every entry cites a source, and an entry matches a
divergence only when the named engine shows the documented outcome and the others do not."""
import pytest

from engines.errors import UserError
from harness import catalogue


def outcome(status="ok", stdout="", exception=None, message=None):
    return {"status": status, "stdout": stdout, "exception": exception, "message": message, "exit": 0}


def test_every_entry_cites_a_url_and_names_engines():
    entries = catalogue.load()
    assert len(entries) >= 5
    for e in entries:
        assert e.source.startswith("https://"), e.id
        assert e.engines and e.summary


def test_getrefcount_missing_on_pypy_matches():
    groups = [["cpython"], ["pypy"]]
    outs = {"cpython": outcome(stdout="2\n"),
            "pypy": outcome("exception", exception="AttributeError",
                            message="module 'sys' has no attribute 'getrefcount'")}
    hits = catalogue.match("import sys\nprint(sys.getrefcount(object()))\n", groups, outs)
    assert [(e.id, labels) for e, labels in hits] == [("pypy-missing-getrefcount", ["pypy"])]


def test_entry_needs_the_program_to_use_the_feature():
    groups = [["cpython"], ["pypy"]]
    outs = {"cpython": outcome(stdout="2\n"), "pypy": outcome("exception", exception="AttributeError",
                                                               message="getrefcount")}
    assert catalogue.match("print(2)\n", groups, outs) == []


def test_entry_does_not_match_when_the_other_engine_shows_the_same_outcome():
    groups = [["cpython"], ["pypy"]]
    outs = {"cpython": outcome(stdout="NotImplemented\nx\n"), "pypy": outcome(stdout="NotImplemented\n")}
    assert catalogue.match("print([].__add__(None))\n", groups, outs) == []


def test_a_both_sides_entry_needs_every_group_to_show_the_outcome():
    # recursion-depth-accounting: CPython and refvm both end in RecursionError, after
    # different amounts of output; a RecursionError on one side only is not explained
    src = "def f(n):\n    print(n)\n    f(n + 1)\nf(0)\n"
    groups = [["cpython"], ["refvm"]]
    both = {"cpython": outcome("exception", stdout="0\n1\n", exception="RecursionError"),
            "refvm": outcome("exception", stdout="0\n1\n2\n", exception="RecursionError")}
    hits = catalogue.match(src, groups, both)
    assert [(e.id, labels) for e, labels in hits] == [("recursion-depth-accounting", ["refvm"])]
    one = dict(both, cpython=outcome(stdout="0\n1\n"))
    assert catalogue.match(src, groups, one) == []


def test_entry_for_pypy_does_not_explain_a_jython_divergence():
    groups = [["cpython"], ["jython"]]
    outs = {"cpython": outcome(stdout="TypeError\n"), "jython": outcome(stdout="NotImplemented\n")}
    assert catalogue.match("print([].__add__(None))\n", groups, outs) == []


def test_engine_labels_with_paths_and_options_name_their_engine():
    assert catalogue.engine_name("pypy@/usr/bin/pypy3") == "pypy"
    assert catalogue.engine_name("refvm:gc=tracing") == "refvm"


@pytest.mark.parametrize("text, error", [
    ('[[difference]]\nid = "x"\nengines = ["pypy"]\nsummary = "s"\nprogram = "p"\n'
     '[difference.outcome]\nstatus = "ok"\n', "missing source"),
    ('[[difference]]\nid = "x"\nengines = ["pypy"]\nsummary = "s"\nsource = "doc.pypy.org"\nprogram = "p"\n'
     '[difference.outcome]\nstatus = "ok"\n', "source must be a URL"),
    ('[[difference]]\nid = "x"\nengines = ["pypy"]\nsummary = "s"\nsource = "https://a"\nprogram = "("\n'
     '[difference.outcome]\nstatus = "ok"\n', "bad regular expression"),
    ('[[difference]]\nid = "x"\nengines = ["pypy"]\nsummary = "s"\nsource = "https://a"\nprogram = "p"\n',
     "outcome needs"),
])
def test_a_malformed_catalogue_is_a_clear_error(tmp_path, text, error):
    p = tmp_path / "c.toml"
    p.write_text(text)
    with pytest.raises(UserError, match=error):
        catalogue.load(p)
