"""refvm.bench._where: the sampler's classification of the VM thread's stack,
and a sampled run (docs/refvm.md, "Speed": where the JIT-on time goes)."""
import json
import os
import subprocess
import sys

from refvm.bench import _where

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _frame_from(filename):
    """A host frame of code compiled under filename (a compiled trace's
    "<jit loop1>", a JIT module's path), called from this test."""
    ns = {"sys": sys}
    exec(compile("def probe():\n    return sys._getframe()\n", filename, "exec"), ns)
    return ns["probe"]()


def test_the_stack_is_classified_by_its_innermost_compiled_or_compiler_frame():
    assert _where.classify(sys._getframe()) == 0                    # interpreter/runtime
    assert _where.classify(_frame_from("<jit loop7>")) == 2
    optimizer = os.path.join(REPO, "refvm", "jit", "optimizer.py")
    assert _where.classify(_frame_from(optimizer)) == 1
    # (the run loop's own module is not the compiler)
    assert _where.classify(_frame_from(os.path.join(REPO, "refvm", "jit", "hotloop.py"))) == 0


def test_a_sampled_run_reports_compiled_code_for_a_hot_loop(tmp_path):
    prog = tmp_path / "hot.py"
    prog.write_text("t = 0\nfor i in range(200000):\n    t += i % 7\nprint(t)\n")
    out = tmp_path / "out.json"
    env = dict(os.environ, PYTHONPATH=REPO)
    r = subprocess.run([sys.executable, "-m", "refvm.bench._where", "--child", str(prog),
                        "--out", str(out)], capture_output=True, text=True, env=env,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout == ""                       # (the program's own output is discarded)
    got = json.loads(out.read_text())
    assert got["status"] == 0
    interp, compiler, compiled = got["samples"]
    assert got["cpu"] > 0
    # 200,000 iterations, 1,039 of them interpreted: the trace takes most samples
    assert compiled > interp and compiled > 0
