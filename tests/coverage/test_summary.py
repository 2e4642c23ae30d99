"""From arcs to per-area figures, uncovered branches and the HTML report."""
from harness.semcov.measure import Arcs
from harness.semcov.summary import summarize


def test_areas_add_up_to_the_total_and_a_generator_program_covers_more_generator_branches(server, base_summary,
                                                                                         tmp_path):
    with_gen = Arcs(server.baseline)
    with_gen.add(server.run("def g():\n    x = yield 1\n    yield x\nit = g()\nnext(it)\nprint(it.send(5))\n").arcs)
    s0, s1 = base_summary, summarize(with_gen, str(tmp_path / "html"))
    assert sum(r.branches for r in s1.areas) == s1.total.branches
    assert sum(r.lines_hit for r in s1.areas) == s1.total.lines_hit
    g0 = next(r for r in s0.areas if r.area == "generators")
    g1 = next(r for r in s1.areas if r.area == "generators")
    assert g1.branches == g0.branches and g1.branches_hit > g0.branches_hit
    assert len(s1.uncovered) == s1.total.branches - s1.total.branches_hit
    assert (tmp_path / "html" / "index.html").exists()
    pages = [p.name for p in (tmp_path / "html").glob("*generator_py.html")]
    assert pages, "coverage.py's annotated source of refvm/objects/generator.py"


def test_an_uncovered_branch_names_its_file_lines_area_and_definition(base_summary):
    s = base_summary
    b = next(b for b in s.uncovered if b.path == "refvm/objects/generator.py")
    assert b.area == "generators" and b.where and b.label().startswith("refvm/objects/generator.py:")
    assert not b.partial          # nothing ran: the import alone enters no generator code


def test_areas_without_code_yet_are_listed_with_zero_lines(base_summary):
    s = base_summary
    names = [r.area for r in s.areas]
    assert "JIT" in names and "GC" in names and "GIL and scheduler" in names
