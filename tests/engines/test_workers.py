"""A program cannot tell a persistent worker from a fresh process: the same outcome
in worker and spawn isolation, on every engine."""
import pytest

from engines import Limits, Program
from harness.compare import outcome_key

# Programs that exercise what differs between "fork and run" and "start an interpreter".
FIDELITY = {
    "atexit": "import atexit\natexit.register(lambda: print('at exit'))\nprint('main')\n",
    "thread_outlives_main": ("import threading, time\n"
                             "def late():\n    time.sleep(0.05)\n    print('thread done')\n"
                             "threading.Thread(target=late).start()\nprint('main done')\n"),
    "exit_message": "import sys\nprint('x')\nsys.exit('fatal: bad input')\n",
    "exit_code": "import sys\nsys.exit(4)\n",
    "global_finalized_at_exit": ("class D:\n    def __del__(self):\n        print('del at exit')\n"
                                 "d = D()\nprint('main')\n"),
    "generator_left_open": ("def g():\n    try:\n        yield 1\n    finally:\n        print('closed')\n"
                            "it = g()\nnext(it)\nprint('main')\n"),
    "name_and_argv": "import sys\nprint(__name__, sys.argv, __file__)\n",
    "fresh_modules": "import sys\nprint('json' in sys.modules, 'marshal' in sys.modules)\n",
    "uncaught": "def f():\n    raise ValueError('v')\nprint('a')\nf()\n",
    "syntax_error": "print('never'\n",
    "stderr_and_stdout": "import sys\nprint('out')\nprint('err', file=sys.stderr)\n",
    "keyboard_interrupt_caught": "try:\n    raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n    print('caught')\n",
}


@pytest.mark.parametrize("engine_name", ["cpython", "pypy"])
def test_worker_and_spawn_agree_on_every_fidelity_program(engine_factory, engine_name):
    engine = engine_factory(engine_name)
    limits = Limits(timeout=20)
    with engine.session("worker") as w, engine.session("spawn") as s:
        for name, src in FIDELITY.items():
            prog = Program(src)
            ow, os_ = w.run(prog, limits), s.run(prog, limits)
            assert ow.isolation == "worker" and os_.isolation == "spawn"
            assert outcome_key(ow) == outcome_key(os_), name


def test_fidelity_programs_give_cpythons_documented_results(engine_factory):
    with engine_factory("cpython").session("worker") as w:
        def out(name):
            return w.run(Program(FIDELITY[name]))
        assert out("atexit").stdout == "main\nat exit\n"
        assert out("thread_outlives_main").stdout == "main done\nthread done\n"
        o = out("exit_message")
        assert (o.status, o.exit, o.stdout) == ("ok", 1, "x\n") and "fatal: bad input" in o.stderr
        assert out("exit_code").exit == 4
        assert out("global_finalized_at_exit").stdout == "main\ndel at exit\n"
        assert out("generator_left_open").stdout == "main\nclosed\n"
        assert out("name_and_argv").stdout.startswith("__main__ ['prog.py'] /")
        assert out("fresh_modules").stdout == "False True\n"
        o = out("uncaught")
        assert (o.status, o.exception, o.exit) == ("exception", "ValueError", 1)
        assert "forkserver" not in o.stderr          # the runner's own frames are hidden
        assert out("syntax_error").exception == "SyntaxError"


@pytest.mark.parametrize("engine_name", ["jython", "pyodide"])
def test_batch_runners_report_like_a_process(engine_factory, engine_name):
    engine = engine_factory(engine_name)
    with engine.session("worker") as s:
        assert s.isolation == "batch"
        o = s.run(Program("print('hi')\n"), Limits(timeout=60))
        assert (o.status, o.stdout, o.exit) == ("ok", "hi\n", 0)
        o = s.run(Program("class E(Exception):\n    pass\nprint('a')\nraise E('boom')\n"), Limits(timeout=20))
        assert (o.status, o.exception, o.message, o.exit, o.stdout) == ("exception", "E", "boom", 1, "a\n")
        o = s.run(Program("import sys\nsys.exit(5)\n"), Limits(timeout=20))
        assert (o.status, o.exit) == ("ok", 5)
        # a fresh namespace per program: nothing of the previous one is visible
        s.run(Program("leak = 1\nimport json\n"), Limits(timeout=20))
        o = s.run(Program("print('leak' in globals())\n"), Limits(timeout=20))
        assert o.stdout == "False\n"
        o = s.run(Program("x = (\n"), Limits(timeout=20))
        assert o.exception == "SyntaxError"


@pytest.mark.parametrize("engine_name", ["jython", "pyodide"])
def test_batch_runners_survive_hangs_and_dying_interpreters(engine_factory, engine_name):
    engine = engine_factory(engine_name)
    with engine.session("worker") as s:
        o = s.run(Program("while True:\n    pass\n"), Limits(timeout=3))
        assert o.status == "timeout"
        o = s.run(Program("print('after restart')\n"), Limits(timeout=60))
        assert o.stdout == "after restart\n"
        o = s.run(Program("import sys\nchunk = 'x' * 4096\nwhile True:\n    sys.stdout.write(chunk)\n"),
                  Limits(timeout=20, output=1 << 20))
        assert o.status == "output-limit" and len(o.stdout) <= 1 << 20


def test_a_dying_jvm_is_the_programs_exit(engine_factory):
    with engine_factory("jython").session("worker") as s:
        o = s.run(Program("import os\nos._exit(3)\n"), Limits(timeout=60))
        assert o.exit == 3
        assert s.run(Program("print(1)\n"), Limits(timeout=60)).stdout == "1\n"


@pytest.mark.parametrize("engine_name", ["jython", "pyodide"])
def test_a_programs_leftover_finalizers_never_print_into_the_next(engine_factory, engine_name):
    engine = engine_factory(engine_name)
    leftover = ("class D(object):\n    def __del__(self):\n        print('late finalizer')\n"
                "a = D()\nb = D()\nb.cycle = b\nprint('first')\n")
    with engine.session("worker") as s:
        assert s.run(Program(leftover), Limits(timeout=60)).stdout == "first\n"
        for _ in range(3):
            o = s.run(Program("import gc\ngc.collect()\nprint('second')\n"), Limits(timeout=20))
            assert (o.stdout, o.stderr) == ("second\n", "")
