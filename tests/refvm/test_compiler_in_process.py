"""refvm's compile-time checks, constant folding, suggestions and argument
errors run in this process (so that coverage sees them), each against the
host CPython 3.11 as the oracle: the host's compile(), its warnings, its
co_consts, its excepthook, its output for the same program."""
import ast
import os
import subprocess
import sys
import textwrap
import warnings

import pytest

import refvm
from refvm import compiler
from refvm.errors import CompileError
from refvm.interp import traceback as tb
from refvm_helpers import PROGRAMS

pytestmark = pytest.mark.skipif(sys.version_info[:2] != (3, 11) or
                                sys.implementation.name != "cpython",
                                reason="the oracle is CPython 3.11")


def _program_list(name, variable):
    """A list literal assigned in one of tests/refvm/programs (one list, two uses)."""
    tree = ast.parse(open(os.path.join(PROGRAMS, name)).read())
    for node in tree.body:
        if isinstance(node, ast.Assign) and node.targets[0].id == variable:
            return ast.literal_eval(node.value)
    raise LookupError(variable)


ERROR_SOURCES = _program_list("compile_time_errors.py", "SOURCES")


def _host_error(src):
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        return (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    return None


def _refvm_error(src):
    try:
        compiler.compile_source(src, "<snippet>")
    except CompileError as e:
        return (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    return None


@pytest.mark.parametrize("src", ERROR_SOURCES)
def test_compile_time_errors_are_cpythons(src):
    assert _refvm_error(src) == _host_error(src)


WARNING_SOURCES = [
    "x = 1\nprint(x is 1, x is not 'a', 1 is x is 2)\n",
    "f = lambda: (1)(2)\ng = lambda: [1][0]()\nh = lambda: {1: 2}(3)\n",
    "y = lambda: None[0]\nz = lambda: [1, 2]['a']\nw = lambda: (1, 2)[1.5]\nv = lambda: 'ab'[None]\n",
    "ok = lambda: ('abc'[1:2], (1, 2)[True], {1}, x is None, x is ...)\n",
    "assert (x, 1)\nassert (1, 2)\nif 0:\n    assert ()\n",
    "try:\n    pass\nfinally:\n    x is 1\n",
    "def f():\n    for i in x:\n        try:\n            if i:\n                break\n            return 5\n"
    "        finally:\n            x is 2\n",
    "d = {x is 3: x is 4}\ny = [x is 6 for z in [x is 7] if x is 8]\nclass C(x is 9):\n    q = x is 10\n",
    "if x is 3 or not x is (1, 2):\n    pass\nwhile 1 is x < 2:\n    pass\n",
]


@pytest.mark.parametrize("src", WARNING_SOURCES)
def test_syntax_warnings_are_cpythons_in_order_and_number(src):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<w>", "exec")
    expected = [(str(w.message), w.lineno) for w in caught if w.category is SyntaxWarning]
    got = []
    compiler.compile_source(src, "<w>", warn=lambda msg, line: got.append((msg, line)))
    assert got == expected


FOLDED = ["10 ** 20", "-1.5", "2.0 * 3.0", "'ab' + 'cd'", "'ab' * 3", "(1, 2, (3, 4))",
          "(1, 2) * 3", "~5000", "1 << 100", "(1, 2, 3)[1:]", "'abc'[1]", "7 / 2", "1000 // 3",
          "2 ** 0.5", "3 - 2j", "2 ** 200", "1 << 200", "'ab' * 3000", "(1,) * 300",
          "'%s' % ('x',)", "[1, 2]", "10 ** 20 * 10 ** 20", "(1, [2])", "1 / 0", "-(1, 2)",
          "True * 2 ** 100", "3 * (1, 2)", "True * 'ab'", "2 ** -1", "0 ** 1000", "(1,) * 0",
          "'a' * -1", "not 1", "-0.0", "(0.0, -0.0, 0j, -0j)", "b'abc'[0]", "__debug__",
          "x in [1, 2, 3]", "x in {1, 2}", "x in [y, 2]", "[z for z in [1, 2]]", "2 ** 64 * 2 ** 64"]


def _consts(co):
    """A code object's constants and its nested code objects', as reprs
    (without None and nested code objects' names: refvm's MAKE_FUNCTION
    still takes a function's name as a constant, as CPython 3.10's did)."""
    out, names = [], set()
    for c in co.co_consts if hasattr(co, "co_consts") else co.consts:
        if hasattr(c, "co_consts") or hasattr(c, "consts"):
            out += _consts(c)
            names.add(repr(getattr(c, "co_qualname", getattr(c, "qualname", None))))
        elif c is not None:
            out.append(repr(c))
    return sorted(x for x in out if x not in names)


@pytest.mark.parametrize("expr", FOLDED)
def test_constants_are_folded_as_cpython_folds_them(expr):
    src = "x = y = z = 1\nv = %s\n" % expr
    assert _consts(compiler.compile_source(src, "<f>")) == _consts(compile(src, "<f>", "exec"))


# names close to a missing one, and far from every builtin name ("zq"), so
# that the globals decide: CPython's excepthook prints its suggestion
SUGGESTION_CASES = [
    (["zqfoo"], "zqfo"), (["zqfoo", "zqfoa"], "zqfox"), (["zqApple"], "zqapple"),
    (["zqabcdef"], "zqxyzuvw"), (["zqvalue", "zqvalid"], "zqvalie"), (["zqa" * 20], "zqa" * 19),
    (["zqcolour", "zqcolor"], "zqcolr"), (["zqx"], "zqy"), (["zqlong_name_here"], "zqlongnamehere"),
    (["zq" + "b" * 45], "zq" + "b" * 44), (["zqé", "zqe"], "zqë"), (["zqAB", "zqab"], "zqAb"),
]


def test_suggestions_are_cpythons():
    script = textwrap.dedent("""
        import io, sys
        for names, missing in %r:
            g = dict((n, 1) for n in names)
            try:
                exec(missing, g)
            except NameError:
                err = io.StringIO()
                sys.stderr, saved = err, sys.stderr
                sys.__excepthook__(*sys.exc_info())
                sys.stderr = saved
                last = err.getvalue().strip().splitlines()[-1]
                print(repr(last.split("Did you mean: '")[1][:-2] if "Did you mean" in last else None))
    """) % (SUGGESTION_CASES,)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=60, check=True).stdout.splitlines()
    expected = [ast.literal_eval(line) for line in out]
    got = [tb._closest(names + ["__builtins__"], missing) for names, missing in SUGGESTION_CASES]
    assert len(expected) == len(SUGGESTION_CASES) and got == expected


@pytest.mark.parametrize("name", ["builtin_argument_errors.py", "operations_of_every_kind.py",
                                  "lookup_error_attributes.py", "constant_folding.py",
                                  "compile_time_errors.py", "unicode_errors.py",
                                  "builtin_values_and_errors.py", "class_protocol_errors.py",
                                  "warnings_module.py", "descriptor_calls.py",
                                  "generic_aliases_and_unions.py",
                                  "typing_enum_contextvars.py",
                                  "numeric_modules.py",
                                  "io_in_memory_streams.py", "match_and_dataclasses.py",
                                  "user_collections_and_pprint.py",
                                  "getopt_sched_gettext_and_property_docs.py",
                                  "builtins_argument_grid.py", "operators_over_value_kinds.py",
                                  "attribute_protocol_grid.py", "exception_construction_grid.py",
                                  "formatting_grid.py", "builtin_methods_refusing_arguments.py",
                                  "frames_seen_from_special_methods.py", "slicing_grid.py",
                                  "protocol_results_checked.py", "iteration_consumers_grid.py",
                                  "call_binding_grid.py", "unpacking_grid.py",
                                  "class_creation_grid.py", "raise_forms_grid.py", "views_and_set_operations_grid.py",
                                  "copy_and_pickle_protocol.py", "generator_protocol_grid.py", "comparisons_and_sorting_grid.py",
                                  "with_statement_and_contextlib.py", "numeric_parsing_and_arithmetic_grid.py",
                                  # (conformance cases written for refvm's gaps)
                                  "../../../conformance/cases/control-flow/match_statement_patterns.py",
                                  "../../../conformance/cases/control-flow/"
                                  "match_patterns_call_the_protocols_in_order.py",
                                  "../../../conformance/cases/scoping/"
                                  "module_level_annotations_fill_annotations.py"])
def test_programs_in_process_match_cpython(name, capfd):
    path = os.path.normpath(os.path.join(PROGRAMS, name))
    expected = subprocess.run([sys.executable, path], capture_output=True, text=True,
                              timeout=60, stdin=subprocess.DEVNULL)
    capfd.readouterr()
    status = refvm.main([path])
    out = capfd.readouterr()
    assert (status, out.out) == (expected.returncode, expected.stdout)


@pytest.mark.parametrize("src", [
    "x = (1,\n", "if x:\nprint(1)\n", "x = 1\nif x:\n\tdef f(a, a): pass\n",
    "try:\n    pass\nexcept E as __debug__:\n    pass\n", "f(a,\n  b=1, b=2)\n",
    "x = 1\nprint(x is 1)\nassert (x, 2)\n"])
def test_syntax_errors_and_warnings_print_as_cpythons_in_process(src, tmp_path, capfd):
    p = tmp_path / "prog.py"
    p.write_text(src)
    expected = subprocess.run([sys.executable, str(p)], capture_output=True, text=True,
                              timeout=60)
    capfd.readouterr()
    status = refvm.main([str(p)])
    out = capfd.readouterr()
    assert (status, out.out, out.err) == (expected.returncode, expected.stdout, expected.stderr)


ENCODED_SOURCES = {
    # PEP 263: refvm read every program as UTF-8 until 2026-12-05 (a declared
    # Latin-1 program did not run: "can't open file", status 2)
    "latin_1_declared": b"# -*- coding: latin-1 -*-\nprint('caf\xe9', len('\xe9'))\n",
    "vim_declaration_second_line": b"#!/usr/bin/env python\n# vim: set fileencoding=latin-1 :\n"
                                   b"print('\xe9')\n",
    "utf8_bom": b"\xef\xbb\xbfprint('bom')\n",
    "crlf_newlines": b"x = 1\r\nif x:\r\n    print(x)\r\n",
    # CPython's file tokenizer's errors (no location) ...
    "undeclared_non_utf8": b"x = 1\ny = 2\nprint('caf\xe9')\n",
    "declaration_after_code": b"x = 1\n# coding: latin-1\nprint('caf\xe9')\n",
    "unknown_encoding": b"# coding: nosuch\nprint(1)\n",
    "bom_and_other_declaration": b"\xef\xbb\xbf# coding: latin-1\nprint(1)\n",
    "undecodable_as_declared": b"# coding: ascii\nx = 1\nprint('caf\xe9')\n",
    # ... and the parser's, with its location, for a declared UTF-8 file that is not
    "declared_utf8_but_not": b"# coding: utf-8\nprint('caf\xe9')\n",
    # a traceback's source line from a Latin-1 file
    "traceback_line": b"# coding: latin-1\ns = 1\nraise ValueError('\xe9')\n",
}


@pytest.mark.parametrize("name", sorted(ENCODED_SOURCES))
def test_source_encodings_as_cpythons_in_process(name, tmp_path, capfd):
    p = tmp_path / "prog.py"
    p.write_bytes(ENCODED_SOURCES[name])
    expected = subprocess.run([sys.executable, str(p)], capture_output=True, timeout=60)
    capfd.readouterr()
    status = refvm.main([str(p)])
    out = capfd.readouterr()
    assert (status, out.out, out.err) == (expected.returncode, expected.stdout.decode(),
                                          expected.stderr.decode())


def test_compile_time_warnings_go_through_the_programs_filters_in_process(tmp_path, capfd):
    # once the program imports warnings, CPython's compiler warns through it:
    # its filters apply, and a warning they make an error is a SyntaxError at
    # the node (compiler_warn); refvm printed every warning until 2026-12-05
    src = textwrap.dedent("""
        import warnings
        x = 1
        exec("print(x is 1)")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            exec("print(x is 2)")
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            compile("y = x is 3\\nassert (x, 1)", "<rec>", "exec")
        print([(str(m.message), m.category.__name__, m.filename, m.lineno) for m in w])
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            for src in ("z = x is 4", "a = [1, 2]['k']", "f = lambda: (1)(2)"):
                try:
                    compile(src, "<err>", "exec")
                except SyntaxError as e:
                    print(repr(e), e.lineno, e.offset, e.end_lineno, e.end_offset)
        warnings.filterwarnings("ignore", category=SyntaxWarning)
        exec("q = 1 is 1")
        warnings.resetwarnings()
        exec("q = 1 is 1")
    """)
    p = tmp_path / "prog.py"
    p.write_text(src)
    expected = subprocess.run([sys.executable, str(p)], capture_output=True, text=True,
                              timeout=60)
    assert "SyntaxError" in expected.stdout and expected.stderr.count("SyntaxWarning") == 2
    capfd.readouterr()
    status = refvm.main([str(p)])
    out = capfd.readouterr()
    assert (status, out.out, out.err) == (expected.returncode, expected.stdout, expected.stderr)
