"""JIT on (every loop hot: --jit-threshold 1) vs JIT off must never differ:
same stdout, stderr (tracebacks with their line numbers) and exit status.

A sample here (the JIT's own edge-case programs in both gc modes, refvm's
benchmark programs, every 20th conformance case, 20 generated programs); the full run over every conformance
case and 5,000 generated programs is `nox -s jit-differential` (see
docs/refvm.md, "Tracing JIT")."""
import glob
import os

import pytest

import jitdiff

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = sorted(glob.glob(os.path.join(HERE, "programs", "*.py")))
CASES = jitdiff.conformance_cases()[::20]
BENCH = sorted(glob.glob(os.path.join(jitdiff.REPO, "refvm", "bench", "[a-z]*.py")))


@pytest.mark.parametrize("gc", ["refcount", "tracing"])
@pytest.mark.parametrize("path", PROGRAMS, ids=[os.path.basename(p) for p in PROGRAMS])
def test_jit_edge_cases_behave_as_without_jit(path, gc):
    # every loop hot at once, and (refcount) later recordings and bridges after
    # more failures, as in real runs: bridges_and_hoisted_facts.py printed a wrong
    # sum only at the default threshold
    thresholds = (1, 7, 1039) if gc == "refcount" else (1,)
    assert jitdiff.compare(path, gc, thresholds=thresholds) is None


@pytest.mark.parametrize("path", BENCH, ids=[os.path.basename(p) for p in BENCH])
def test_benchmark_program_behaves_as_without_jit(path):
    # nested loops whose exits get bridges through the outer loop's body: with
    # every loop hot, fannkuch printed a wrong checksum until bridges recorded
    # after an inner loop's trace read the frame's locals
    assert jitdiff.compare(path, "refcount", timeout=60) is None


@pytest.mark.parametrize("path", CASES, ids=[os.path.relpath(p, jitdiff.REPO) for p in CASES])
def test_conformance_sample_behaves_as_without_jit(path):
    assert jitdiff.compare(path, "refcount", timeout=20) is None


@pytest.mark.parametrize("seed", range(20))
def test_generated_program_behaves_as_without_jit(seed, tmp_path):
    (path,) = jitdiff.generated_programs(1, 7000 + seed, str(tmp_path))
    assert jitdiff.compare(path, "refcount", timeout=20) is None


def _with_match(k):
    """The seed of the k-th py310 program from 7100 on that has a match statement."""
    from fuzz.generate import generate
    seed = 7100
    while True:
        if "\nmatch " in generate(seed, {"dialect": "py310"}).source.replace("    ", ""):
            if k == 0:
                return seed
            k -= 1
        seed += 1


@pytest.mark.parametrize("k", range(6))
def test_generated_match_statements_behave_as_without_jit(k, tmp_path):
    # py310 programs: match statements (refvm's runtime matcher) in loops and calls
    (path,) = jitdiff.generated_programs(1, _with_match(k), str(tmp_path), dialect="py310")
    assert jitdiff.compare(path, "refcount", timeout=20) is None


def test_the_comparison_sees_a_difference(tmp_path):
    # the differential check itself must be able to fail: a program whose output
    # depends on the JIT option (through sys.argv-free means: the process's own
    # command line is the same, so use a file the first run leaves behind)
    p = tmp_path / "prog.py"
    p.write_text("import os\n"
                 "if os.path.exists('mark'):\n    print('second')\n"
                 "else:\n    open('mark', 'w').close()\n    print('first')\n")
    d = jitdiff.compare(str(p))
    assert d is not None and "first" in d and "second" in d


THREADED = """
import threading
total = [0]
def work(k):
    for i in range(300):
        total[0] += i * k
t = threading.Thread(target=work, args=(2,))
acc = 0
for i in range(500):
    acc += i
t.start()
work(1)
t.join()
print(acc, total[0])
"""


def test_a_recorded_schedule_replays_identically_with_the_jit_on(tmp_path):
    p = tmp_path / "prog.py"
    p.write_text(THREADED)
    sched = str(tmp_path / "sched.json")
    off = jitdiff.run_fork(str(p), ("--jit", "off", "--sched", "random:7", "--record", sched))
    on = jitdiff.run_fork(str(p), jitdiff.JIT_ON + ("--replay", sched))
    assert off.status == 0 and on.status == 0, (off.stderr, on.stderr)
    assert on.stdout == off.stdout and on.stderr == off.stderr
