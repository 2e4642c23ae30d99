"""The areas table: which refvm code belongs to which semantic area."""
from pathlib import Path

from harness.semcov.areas import OTHER, area_names, area_of, line_areas, omitted

ROOT = Path(__file__).resolve().parents[2]


def test_the_issue_areas_are_all_named_including_gil_gc_and_jit():
    names = area_names()
    for a in ("instruction handlers", "operator dispatch", "attribute lookup and descriptors", "exceptions",
              "generators", "GIL and scheduler", "GC", "JIT"):
        assert a in names
    assert any(n.startswith("builtins: ") for n in names)
    assert names[-1] == OTHER


def test_one_file_is_split_by_the_definition_a_line_is_in():
    assert area_of("refvm/objects/space.py", "binop") == "operator dispatch"
    assert area_of("refvm/objects/space.py", "generic_getattr") == "attribute lookup and descriptors"
    assert area_of("refvm/objects/space.py", "exception_match") == "exceptions"
    assert area_of("refvm/objects/space.py", "hash") == "protocols (iter, len, hash, repr, items)"


def test_new_packages_slot_in_by_path():
    assert area_of("refvm/jit/recorder.py") == "JIT"
    assert area_of("refvm/gc/collector.py") == "GC"
    assert area_of("refvm/threads/scheduler.py") == "GIL and scheduler"
    assert area_of("refvm/nothing_like_this.py") == OTHER


def test_methods_take_the_area_of_their_class_name_pattern():
    src = "x = 1\n\nclass W_Thing:\n    def send(self):\n        return 1\n\ndef YIELD_VALUE(f, arg):\n    pass\n"
    lines = line_areas("refvm/interp/control.py", src)
    assert lines[1] == "instruction handlers"            # module level: the file's area
    assert lines[8] == "generators"                      # inside YIELD_VALUE


def test_refvm_own_library_and_benchmarks_are_not_measured():
    assert omitted("refvm/lib/functools.py") and omitted("refvm/bench/nbody.py")
    assert not omitted("refvm/objects/space.py")


def test_every_module_of_the_interpreter_object_model_and_compiler_has_a_named_area():
    for folder in ("interp", "objects", "compiler"):
        for path in sorted((ROOT / "refvm" / folder).glob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if path.name == "__init__.py":
                continue
            areas = set(line_areas(rel, path.read_text()).values())
            assert OTHER not in areas, rel
