"""Whatever a program does, the harness neither crashes, hangs, nor leaks a process,
and the program cannot reach what the harness has.  Each fault in both isolations."""
import os
import socket
import time

import pytest

from engines import Limits, Program
from engines.sandbox import IS_ROOT

root_only = pytest.mark.skipif(not IS_ROOT, reason="uid and network confinement need root")
ISOLATIONS = ["worker", "spawn"]


@pytest.fixture(params=ISOLATIONS)
def session(request, engine_factory):
    with engine_factory("cpython").session(request.param) as s:
        yield s


def run(session, source, **limits):
    return session.run(Program(source), Limits(**{"timeout": 5.0, **limits}))


def uid_processes(uid):
    """Live (not zombie) processes of the sandbox uid, read from /proc independently of the harness."""
    pids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    state = f.read().rsplit(")", 1)[1].split()[0]
                if os.stat(f"/proc/{entry}").st_uid == uid and state not in "ZX":
                    pids.append(int(entry))
            except OSError:
                pass
    return pids


def test_a_segfault_is_a_crash_with_the_signal(session):
    o = run(session, "import ctypes\nprint('before', flush=True)\nctypes.string_at(0)\n")
    assert o.status == "crash" and o.signal == 11 and o.stdout == "before\n"


def test_an_infinite_loop_is_killed_at_the_timeout(session):
    start = time.monotonic()
    o = run(session, "while True:\n    pass\n", timeout=1.0)
    assert o.status == "timeout"
    assert time.monotonic() - start < 4
    assert run(session, "print('next')\n").stdout == "next\n"      # the worker recovered


@root_only
def test_a_fork_bomb_is_contained_and_leaves_nothing_behind(session):
    src = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    start = time.monotonic()
    o = run(session, src, timeout=2.0, processes=32)
    assert o.status == "timeout"
    assert time.monotonic() - start < 10
    assert uid_processes(session.slot.uid) == []


def test_a_10_gb_allocation_is_a_memory_limit(session):
    o = run(session, "b = bytearray(10 * 1024 ** 3)\nprint('allocated')\n", memory=512 * 1024 * 1024)
    assert o.status == "memory-limit" and o.stdout == ""


def test_a_gigabyte_of_output_stops_at_the_cap(session):
    src = "import sys\nchunk = 'x' * (1 << 20)\nfor i in range(1024):\n    sys.stdout.write(chunk)\n"
    o = run(session, src, output=4 * 1024 * 1024)
    assert o.status == "output-limit"
    assert len(o.stdout) <= 4 * 1024 * 1024


def test_binary_garbage_on_stdout_is_captured_losslessly(session):
    o = run(session, "import sys\nsys.stdout.buffer.write(bytes(range(256)))\n")
    assert o.status == "ok"
    assert o.stdout.encode("utf-8", "backslashreplace").startswith(b"\x00\x01\x02")
    assert "\\xff" in o.stdout


@root_only
def test_a_write_outside_the_cwd_fails(session, tmp_path):
    target = tmp_path / "pwned"
    os.chmod(tmp_path, 0o755)
    src = (f"try:\n    open({str(target)!r}, 'w').write('x')\n    print('wrote')\n"
           f"except OSError as e:\n    print(type(e).__name__)\n")
    o = run(session, src)
    assert o.stdout == "PermissionError\n"
    assert not target.exists()


def test_a_write_inside_the_cwd_works_and_is_gone_afterwards(session):
    o = run(session, "open('data.txt', 'w').write('x')\nprint(open('data.txt').read())\nimport os\nprint(os.getcwd())\n")
    assert o.stdout.startswith("x\n")
    assert not os.path.exists(o.stdout.splitlines()[1])


def test_the_harness_environment_does_not_leak(session, monkeypatch):
    monkeypatch.setenv("DIVERGE_TEST_SECRET", "s3cret")
    o = run(session, "import os\nprint(os.environ.get('DIVERGE_TEST_SECRET'))\nprint(os.environ.get('PYTHONHASHSEED'))\n")
    assert o.stdout == "None\n0\n"


@root_only
def test_sleeping_children_left_behind_are_killed(session):
    src = ("import os, subprocess, time\n"
           "subprocess.Popen(['sleep', '100'])\n"
           "if os.fork() == 0:\n    os.setsid()\n    time.sleep(100)\n    os._exit(0)\n"
           "print('parent exits')\n")
    start = time.monotonic()
    o = run(session, src)
    assert o.stdout == "parent exits\n"
    assert time.monotonic() - start < 4
    assert uid_processes(session.slot.uid) == []


@root_only
def test_the_network_is_off(session):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    src = (f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2)\n    print('connected')\n"
           f"except OSError as e:\n    print('no network')\n")
    try:
        assert run(session, src).stdout == "no network\n"
    finally:
        server.close()


def test_a_program_killing_its_own_interpreter_is_reported_as_that_exit(session):
    o = run(session, "import os\nprint('bye', flush=True)\nos._exit(7)\n")
    assert (o.status, o.exit, o.stdout) == ("ok", 7, "bye\n")
