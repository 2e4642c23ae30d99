"""Build bookkeeping that needs no Go toolchain."""
import os
import time

from engines.grumpy import build


def test_idle_binaries_beyond_the_most_recent_are_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv("DIVERGE_GRUMPY_CACHE", str(tmp_path))
    bindir = tmp_path / "bin"
    bindir.mkdir()
    old = time.time() - build.MAX_IDLE - 60
    for i in range(build.KEEP_BINARIES + 10):
        f = bindir / f"b{i:03d}"
        f.write_text("x")
        os.utime(f, (old + i, old + i))          # b000 is the least recently used
    fresh = bindir / "bfresh"
    fresh.write_text("x")
    build.prune_binaries()
    left = sorted(p.name for p in bindir.iterdir())
    assert len(left) == build.KEEP_BINARIES and "bfresh" in left and "b000" not in left


def test_the_link_closure_follows_imports_and_parent_packages():
    lib = {"modules": {"os": {"deps": ["os.path", "stat"]}, "os.path": {"deps": []}, "stat": {"deps": []},
                       "sys": {"deps": []}},
           "broken": {"json": "syntax error"}}
    linked = build.link_closure(["os.path", "nosuchmodule"], lib)
    assert linked.modules == {"os", "os.path", "stat"} and not linked.broken
    assert build.link_closure(["json.decoder"], lib).broken == {"json": "syntax error"}
