"""The JIT run in this process (as the other JIT tests run it in forks): the same
output with it on (every loop hot) and off, for edge-case programs that reach
bridges, inner loops, generator steps, constructors and host methods.  Running
in-process also lets `make test`'s coverage see the JIT's own code."""
import os
import textwrap

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


def _loops_compiled(err):
    for line in err.splitlines():
        if line.strip().startswith("loops compiled"):
            return int(line.split()[-1])
    raise AssertionError("no --jit-stats in %r" % err)


@pytest.mark.parametrize("local_class", [False, True])
def test_collections_keep_traces_of_live_classes_only(capsys, tmp_path, local_class):
    # during each collection the traces naming a class of the program are held by
    # that class (Jit.hide_classes): they come back afterwards while the class
    # lives, and die with it (a class made in each call: each call's loop is
    # traced again); the output is the interpreter's either way
    cls = ("class P(object):\n"
           "    def __init__(self, v):\n"
           "        self.v = v\n")
    body = ("    s = 0\n"
            "    for i in range(n):\n"
            "        s += P(i).v\n"
            "    return s\n")
    if local_class:
        defs = "def work(n):\n" + textwrap.indent(cls, "    ") + body
    else:
        defs = cls + "def work(n):\n" + body
    src = ("import gc\n" + defs +
           "for k in range(12):\n    print(work(40))\n    print(gc.collect() >= 0)\n")
    path = tmp_path / "prog.py"
    path.write_text(src)
    off = _run(capsys, str(path), ("--jit", "off"))
    on = _run(capsys, str(path), ("--jit", "on", "--jit-threshold", "1", "--jit-stats"))
    assert on[:2] == off[:2]
    loops = _loops_compiled(on[2])
    if local_class:
        assert loops >= 10, on[2]       # each call's class died, and its trace with it
    else:
        assert loops <= 3, on[2]        # the one trace of work's loop, kept
