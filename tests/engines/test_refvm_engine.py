"""The refvm adapter: runs refvm on its host through the fork server or a fresh process,
passes VM options, and reads refvm's documented exits (unsupported: 3, internal error: 70)."""
import pytest

from engines import Limits, Program, resolve
from engines.classify import RawRun


@pytest.mark.parametrize("isolation", ["worker", "spawn"])
def test_refvm_runs_a_program_like_cpython(engine_factory, isolation):
    engine = engine_factory("refvm")
    src = "class A:\n    def __add__(self, o):\n        return 'A+'\nprint(A() + 1)\nraise KeyError('k')\n"
    with engine.session(isolation) as s:
        o = s.run(Program(src), Limits(timeout=30))
    assert (o.status, o.stdout, o.exception, o.exit) == ("exception", "A+\n", "KeyError", 1)


def test_an_unsupported_construct_is_the_unsupported_class_with_what(engine_factory):
    with engine_factory("refvm").session("worker") as s:
        o = s.run(Program("async def f():\n    pass\n"), Limits(timeout=30))
    assert o.status == "unsupported" and "async" in o.detail


def test_vm_options_become_command_line_flags():
    e = resolve("refvm:gc=tracing,jit=on")
    assert e.spawn_argv("p.py")[-5:] == ["--gc", "tracing", "--jit", "on", "p.py"]
    assert e.fork_argv("p.py") == ["--gc", "tracing", "--jit", "on", "p.py"]


def test_refvms_internal_error_exit_is_an_internal_error_not_a_program_outcome():
    e = resolve("refvm")
    raw = e.interpret(RawRun(exit=70, stderr=b"refvm: internal error: KeyError: 'x'\nTraceback...\n"))
    assert raw.internal and "KeyError" in raw.internal
    # exit 3 without refvm's marker is just a program's sys.exit(3)
    assert e.interpret(RawRun(exit=3, stderr=b"")).unsupported is None
