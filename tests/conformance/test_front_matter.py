"""Front matter: what a case file must say, and the one-line errors when it doesn't."""
import pytest

from conformance.case import CaseError, discover, parse_case
from conformance.outfile import Expected


def write_case(tmp_path, text, name="feat/c.py", out=None):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    if out is not None:
        path.with_suffix(".out").write_text(out)
    return path


HEADER = "# ---\n# features: [dispatch, subclass-priority]\n# dialect: py3\n# description: a check\n"


def test_reference_case_reads_its_out_file(tmp_path):
    path = write_case(tmp_path, HEADER + "# ---\nprint(1)\n", out="1\n--- exit 0\n")
    case = parse_case(path, tmp_path)
    assert case.id == "feat/c"
    assert case.feature == "feat"
    assert case.features == ("dispatch", "subclass-priority")
    assert case.kind == "reference"
    assert case.expected == Expected(stdout="1\n", exit=0)


def test_negative_case_names_the_exception(tmp_path):
    path = write_case(tmp_path, HEADER + "# negative: {type: TypeError}\n# ---\n1 + ''\n")
    case = parse_case(path, tmp_path)
    assert (case.kind, case.negative) == ("negative", "TypeError")


def test_outcome_classes_map_names_to_stdout(tmp_path):
    text = HEADER + ("# outcomes:\n#   refcount-timing: |\n#     del\n#     end\n"
                     "#   deferred-timing: |\n#     end\n# ---\nprint('end')\n")
    case = parse_case(write_case(tmp_path, text), tmp_path)
    assert case.kind == "outcomes"
    assert case.outcomes == {"refcount-timing": Expected("del\nend\n"), "deferred-timing": Expected("end\n")}


def test_outcome_class_may_end_in_an_exception(tmp_path):
    text = HEADER + "# outcomes:\n#   raises: {stdout: '', exception: KeyError}\n# ---\n{}[1]\n"
    case = parse_case(write_case(tmp_path, text), tmp_path)
    assert case.outcomes["raises"] == Expected("", exception="KeyError", exit=1)


@pytest.mark.parametrize("text, message", [
    ("print(1)\n", "no front matter"),
    ("# ---\n# features: [a]\nprint(1)\n", "not closed"),
    ("# ---\n# features: [a\n# ---\n", "not valid YAML"),
    ("# ---\n# - a\n# ---\n", "must be a YAML mapping"),
    ("# ---\n# dialect: py3\n# description: d\n# ---\n", "'features' must be a non-empty list"),
    ("# ---\n# features: [a]\n# dialect: py4\n# description: d\n# ---\n", "'dialect' must be one of"),
    ("# ---\n# features: [a]\n# dialect: py3\n# ---\n", "'description'"),
    (HEADER + "# negative: TypeError\n# ---\n", "'negative' must be a mapping"),
    (HEADER + "# negative: {type: E}\n# outcomes: {a: ''}\n# ---\n", "exclude each other"),
    (HEADER + "# outcomes: []\n# ---\n", "'outcomes' must map"),
    (HEADER + "# featurs: [x]\n# ---\n", "unknown front matter key(s): featurs"),
    (HEADER + "# ---\nprint(1)\n", "no reference outcome c.out"),
])
def test_malformed_case_is_one_line_naming_the_file(tmp_path, text, message):
    path = write_case(tmp_path, text)
    with pytest.raises(CaseError) as info:
        parse_case(path, tmp_path)
    assert message in str(info.value)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_discover_filters_by_feature_tag_and_glob(tmp_path):
    neg = "# negative: {type: E}\n# ---\n"
    write_case(tmp_path, HEADER + neg, "alpha/one.py")
    write_case(tmp_path, HEADER.replace("dispatch, ", "") + neg, "beta/two.py")
    assert [c.id for c in discover(tmp_path)] == ["alpha/one", "beta/two"]
    assert [c.id for c in discover(tmp_path, features=["dispatch"])] == ["alpha/one"]
    assert [c.id for c in discover(tmp_path, features=["beta"])] == ["beta/two"]
    assert [c.id for c in discover(tmp_path, patterns=["*/tw*"])] == ["beta/two"]


def test_every_committed_case_parses():
    cases = discover()
    assert len(cases) >= 200
    assert len({c.id for c in cases}) == len(cases)
