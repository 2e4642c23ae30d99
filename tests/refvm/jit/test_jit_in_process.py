"""The JIT run in this process (as the other JIT tests run it in forks): the same
output with it on (every loop hot) and off, for edge-case programs that reach
bridges, inner loops, generator steps, constructors and host methods.  Running
in-process also lets `make test`'s coverage see the JIT's own code."""
import os

import pytest

import refvm

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = ["bridges_and_hoisted_facts.py", "constructors_and_math.py", "host_methods.py",
            "generator_returns.py", "inner_loops_and_bridges.py", "unrolled_loops.py",
            "keyword_calls_and_polymorphism.py", "residual_calls.py", "function_bodies.py"]


def _run(capsys, path, options):
    status = refvm.main(list(options) + [path])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("name", PROGRAMS)
def test_in_process_jit_run_matches_the_interpreter(capsys, name, tmp_path):
    path = os.path.join(HERE, "programs", name)
    off = _run(capsys, path, ("--jit", "off"))
    log = str(tmp_path / "jit.log")
    on = _run(capsys, path, ("--jit", "on", "--jit-threshold", "1", "--jit-stats",
                             "--jit-log", log))
    assert on[0] == off[0] and on[1] == off[1], (off, on)
    # stderr: the program's own traceback (if any), then the JIT's stats
    assert on[2].startswith(off[2]) and "jit stats:" in on[2]
    assert "loop" in open(log).read()
