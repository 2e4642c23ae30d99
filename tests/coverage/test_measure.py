"""Measuring programs on refvm under coverage.py (the server)."""
from harness.semcov.measure import Arcs

GEN = "def g():\n    yield 1\n    yield 2\nprint(list(g()))\n"
PLAIN = "print(1 + 2)\n"


def _branches_in(table, arcs, area):
    return {b for b in table.branches(arcs) if table.area[b] == area}


def test_a_generator_program_reaches_generator_branches_a_plain_one_does_not(server, table):
    gen, plain = server.run(GEN), server.run(PLAIN)
    assert gen.status == plain.status == "ok"
    assert _branches_in(table, gen.arcs, "generators") - _branches_in(table, plain.arcs, "generators")


def test_the_baseline_is_the_import_of_refvm_and_runs_measure_beyond_it(server):
    base = Arcs(server.baseline)
    assert "refvm/interp/instructions.py" in base.files
    assert base.add(server.run(PLAIN).arcs) > 0


def test_an_uncaught_exception_is_measured_with_its_status(server, table):
    m = server.run("raise KeyError(1)\n")
    assert m.status == "exception" and m.exit == 1
    assert _branches_in(table, m.arcs, "exceptions")


def test_a_program_that_never_ends_is_killed_at_the_timeout_and_measures_nothing(server):
    m = server.run("while True:\n    pass\n", timeout=1.0)
    assert m.timed_out and m.status == "timeout" and m.arcs == {}


def test_refvm_options_reach_the_vm(server):
    # --gc none skips the refcount finalization of __main__'s globals in the driver
    default = server.run(PLAIN).arcs.get("refvm/driver.py", [])
    none = server.run(PLAIN, vm_args=["--gc", "none"]).arcs.get("refvm/driver.py", [])
    assert set(map(tuple, default)) != set(map(tuple, none))
