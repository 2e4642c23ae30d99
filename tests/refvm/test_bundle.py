"""refvm/_bundle.py: refvm's modules served from one file at start-up, checked
against their sources as .pyc files are, and written again when a run imported
what the bundle had not.  Each test works on a copy of the package, so the
repository's own bundle is left alone."""
import os
import shutil
import subprocess
import sys

import pytest

from refvm_helpers import REPO

pytestmark = pytest.mark.skipif(sys.implementation.name != "cpython", reason="CPython hosts only")

SERVED = ("import sys, refvm, refvm._bundle as b\n"
          "import refvm.bootstrap, refvm.compiler, refvm.jit.hotloop\n"
          "f = b.FINDER[0]\n"
          "print(f is not None and sorted(f.served))\n")


@pytest.fixture
def pkg(tmp_path):
    shutil.copytree(os.path.join(REPO, "refvm"), str(tmp_path / "refvm"),
                    ignore=shutil.ignore_patterns("refvm-bundle*"))
    (tmp_path / "prog.py").write_text("print(sum(i * i for i in range(10)), 'ok')\n")
    return tmp_path


def run(pkg, *args, env=None):
    e = dict(os.environ, **(env or {}))
    e.pop("PYTHONPATH", None)
    e.pop("REFVM_NO_BUNDLE", None)
    e.update(env or {})
    return subprocess.run([sys.executable, *args], cwd=str(pkg), capture_output=True, text=True,
                          env=e, timeout=120)


def bundle_file(pkg):
    folder = pkg / "refvm" / "__pycache__"
    found = [p for p in folder.iterdir() if p.name.startswith("refvm-bundle.")] \
        if folder.is_dir() else []
    return found[0] if found else None


def served(pkg, env=None):
    r = run(pkg, "-c", SERVED, env=env)
    assert r.returncode == 0, r.stderr
    return eval(r.stdout)


def test_a_run_writes_the_bundle_and_the_next_runs_import_from_it(pkg):
    assert bundle_file(pkg) is None
    r = run(pkg, "-m", "refvm", "prog.py")
    assert (r.returncode, r.stdout) == (0, "285 ok\n"), r.stderr
    b = bundle_file(pkg)
    assert b is not None
    first = b.stat().st_mtime_ns
    got = served(pkg)
    assert "refvm.driver" in got and "refvm.objects.strings" in got and "refvm.jit.hotloop" in got
    r = run(pkg, "-m", "refvm", "prog.py")
    assert (r.returncode, r.stdout) == (0, "285 ok\n"), r.stderr
    assert b.stat().st_mtime_ns == first        # (nothing new: not written again)


def test_a_changed_source_is_imported_from_itself_and_the_bundle_renewed(pkg):
    assert run(pkg, "-m", "refvm", "prog.py").returncode == 0
    strings = pkg / "refvm" / "objects" / "strings.py"
    strings.write_text(strings.read_text() + "\nBUNDLE_TEST_MARK = 1\n")
    got = served(pkg)
    assert "refvm.objects.strings" not in got and "refvm.driver" in got
    r = run(pkg, "-c", "import refvm.objects.strings as s; print(s.BUNDLE_TEST_MARK)")
    assert r.stdout == "1\n", r.stderr
    assert run(pkg, "-m", "refvm", "prog.py").returncode == 0     # (writes it again)
    assert "refvm.objects.strings" in served(pkg)
    r = run(pkg, "-c", "import refvm.objects.strings as s; print(s.BUNDLE_TEST_MARK)")
    assert r.stdout == "1\n", r.stderr


def test_a_corrupt_or_foreign_bundle_is_no_bundle(pkg):
    assert run(pkg, "-m", "refvm", "prog.py").returncode == 0
    b = bundle_file(pkg)
    for garbage in (b"\x00garbage" * 50, b""):
        b.write_bytes(garbage)
        r = run(pkg, "-m", "refvm", "prog.py")
        assert (r.returncode, r.stdout, r.stderr) == (0, "285 ok\n", ""), r.stderr
        assert "refvm.driver" in served(pkg)        # (the run wrote a good one)


def test_refvm_no_bundle_turns_it_off(pkg):
    r = run(pkg, "-m", "refvm", "prog.py", env={"REFVM_NO_BUNDLE": "1"})
    assert (r.returncode, r.stdout) == (0, "285 ok\n"), r.stderr
    assert bundle_file(pkg) is None
    assert served(pkg, env={"REFVM_NO_BUNDLE": "1"}) is False


def test_tracebacks_of_bundled_modules_name_their_sources(pkg):
    assert run(pkg, "-m", "refvm", "prog.py").returncode == 0
    code = ("import refvm, refvm.interp.loop as m\n"
            "print(m.run_frame.__code__.co_filename, m.__file__)\n")
    r = run(pkg, "-c", code)
    src = str(pkg / "refvm" / "interp" / "loop.py")
    assert r.stdout.split() == [src, src], r.stderr
