"""Each knob produces its feature when on, and nothing of it when off."""
import ast
import re

import pytest

from fuzz.generate import KNOBS, generate, parse_features

# what a program using the family must contain (source text)
MARKERS = {
    "arithmetic": ["%", "//", "<<", ">>", "**", "abs(", "float(", "divmod("],
    "strings": ["'.format(", ".upper()", ".replace(", "str(", "% (", ".lower()", ".swapcase()", ".strip("],
    "containers": ["append(", "len(", ".get(", "sum(", "sorted(", ".pop(", "[", "extend("],
    "comprehensions": [re.compile(r"[\[{(][^\]\n]* for [kx]\d+(, x\d+)? in "), "sorted(set(", "dict(zip("],
    "control": ["if ", "for i", "while "],
    "functions": ["def f", "lambda", "def rec", "def inner", "def acc"],
    "classes": [re.compile(r"class C\d+\(")],
    "dispatch": ["__radd__", "__lt__", "__len__", "__getitem__", "__getattr__"],
    "exceptions": ["except "],
    "generators": [re.compile(r"def gen\d+|\.send\(|\.throw\(|yield from|def closer\d+|def ret\d+")],
    "contexts": [re.compile(r"__exit__|contextlib")],
    "finalizers": ["__del__"],
    "threads": ["threading.Thread"],
    "identity": [" is "],
}


def _has(source, marker):
    return bool(marker.search(source)) if hasattr(marker, "search") else marker in source


def _programs(spec, n=8, dialect="py3"):
    return [generate(seed, {"features": parse_features(spec), "dialect": dialect}) for seed in range(n)]


@pytest.mark.parametrize("knob", list(KNOBS))
def test_knob_on_produces_its_feature(knob):
    progs = _programs(knob + "=10,arithmetic")
    used = [p for p in progs if knob in p.features]
    assert len(used) >= len(progs) // 2, f"{knob} used in only {len(used)} of {len(progs)} programs"
    for p in used:
        assert any(_has(p.source, m) for m in MARKERS[knob]), p.source


@pytest.mark.parametrize("knob", ["threads", "finalizers", "dispatch", "generators", "classes", "contexts"])
def test_knob_off_produces_none_of_it(knob):
    for p in _programs("-" + knob, n=20):
        assert knob not in p.features
        assert not any(_has(p.source, m) for m in MARKERS[knob]), knob


def test_implementation_defined_families_are_recorded_in_the_program():
    p = generate(3, {"features": parse_features("+threads,+finalizers,+identity")})
    prog_features = set(p.features)
    # each one that was turned on and used is recorded; at least one is used for this seed
    assert prog_features & {"threads", "finalizers", "identity"}
    for name in ("threads", "finalizers", "identity"):
        if name in prog_features:
            assert any(_has(p.source, m) for m in MARKERS[name])


def test_programs_end_with_a_checksum_of_the_final_state():
    for p in _programs("arithmetic,containers", n=5):
        last = p.source.rstrip().splitlines()[-1]
        assert last.startswith("print('checksum: %d' % _ck(_fmt([")
        ast.parse(p.source)


def test_default_size_is_80_to_200_lines_at_the_median():
    sizes = sorted(generate(seed).source.count("\n") for seed in range(200))
    assert 80 <= sizes[100] <= 200


def test_finalizer_family_writes_its_jit_shaped_forms_and_they_run():
    # the wide loop, the generator consumed by a loop that may break, the
    # rare-path exception (caught, kept or escaping), the frame teardown (its
    # four kinds), the class made in a function and collected: each appears within 200
    # programs, and the programs that have them run cleanly on the host, where
    # generators' `finally` blocks run (the call may sit in a branch not taken)
    import subprocess
    import sys
    seen = {"wide": 0, "fgen": 0, "fwide": 0, "frame": 0, "classes": 0}
    kinds = set()
    closed = 0
    for seed in range(200):
        src = generate(seed, {"features": parse_features("+finalizers")}).source
        found = [k for k in seen if "def %s" % k in src]
        for k in found:
            seen[k] += 1
        # the frame teardown form's four kinds
        for m in re.finditer(r"^(def|class) (frame\d+)\(", src, re.M):
            body = src[m.end():src.find("\ndef %s_loop" % m.group(2))]
            kinds.add(("constructor" if "def __init__" in body else "method")
                      if m.group(1) == "class" else
                      "generator" if "yield" in body else "function")
        if "def fgen" in src or "def fwide" in src or "def frame" in src or \
                "def classes" in src:
            r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True,
                               timeout=60)
            assert r.returncode == 0, r.stderr
            closed += "def fgen" in src and " finally" in r.stdout
    assert all(seen.values()), seen
    assert kinds == {"function", "generator", "method", "constructor"}, kinds
    assert closed >= seen["fgen"] // 2, (closed, seen)


def _sources(dialect, n=150):
    return [generate(seed, {"dialect": dialect}).source for seed in range(n)]


def _py3_only_form(marker, py23_marker):
    """A form marked by `marker` is in py3 programs, the first three of which
    run cleanly on the host, and nothing marked by `py23_marker` is in py2+3 ones."""
    import subprocess
    import sys
    with_form = [src for src in _sources("py3") if marker in src]
    assert len(with_form) >= 3, len(with_form)
    for src in with_form[:3]:
        r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stderr
    assert not [src for src in _sources("py2+3") if py23_marker in src]


def test_classes_family_writes_its_class_change_loop_in_py3_only():
    # the JIT-shaped loop whose callee assigns __class__ (the change a trace
    # cannot see); never in py2+3 programs (Grumpy cannot assign __class__)
    _py3_only_form("o.__class__ = ", "__class__ = ")


def test_dispatch_family_asks_a_chained_comparisons_truth_in_py3_only():
    # a chained comparison as a condition, its results counting their __bool__
    # calls (CPython 3 asks each once; PyPy 7.3.11 and CPython 2.7 ask a false
    # one twice); never in py2+3 programs
    _py3_only_form(".asked += 1", ".asked += 1")


def test_arithmetic_family_raises_negative_constants_to_computed_powers():
    # `(-3) ** (e % 3)`: a compiler that writes the constant without its
    # parentheses computes -(3 ** e) (refvm's JIT did, for a constant it
    # folded or a global it held); the claimed range holds on the host
    import subprocess
    import sys
    found = [m for src in _sources("py2+3", 300)
             for m in re.findall(r"\(\((-\d)\) \*\* \(", src)]
    assert len(found) >= 3, found
    for c in range(-9, 10):
        for e in range(-4, 5):
            assert min(1, c, c * c) <= c ** (e % 3) <= max(1, c, c * c)
    src = next(s for s in _sources("py3", 300) if re.search(r"\(\((-\d)\) \*\* \(", s))
    r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_identity_family_compares_constants_made_in_a_loop():
    # constants (one object in every iteration) and values made from a
    # global (a new one each time on CPython) in a loop a JIT compiles; the
    # first iteration against the last, and the last two
    import subprocess
    import sys
    srcs = [generate(seed, {"features": parse_features("identity=10")}).source for seed in range(40)]
    with_form = [s for s in srcs if re.search(r"def cl\d+\(n\):", s)]
    assert len(with_form) >= 5, len(with_form)
    r = subprocess.run([sys.executable, "-c", with_form[0]], capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0, r.stderr
    # CPython: the float, str and int constants and the global itself are the
    # same object each time; K * 2, -K and K + 0.5 are new ones
    assert "[True, True, True, False, False, False, True]" in r.stdout, r.stdout
