"""The measuring process: `python -m harness.semcov.server`.

It imports coverage.py and every refvm module once, then serves requests, one JSON
line each on stdin, one JSON line each on stdout:

    -> {"source": "...", "timeout": 10.0, "vm_args": ["--gc", "tracing"]}
    <- {"exit": 0, "signal": null, "timed_out": false, "wall": 0.12, "arcs": {"refvm/x.py": [[1, 2], ...]}}

Each program runs in a forked child confined like any program run (own process group,
fresh cwd, rlimits, no network when root; engines/worker/confine.py) that starts
coverage.py, calls `refvm.main`, and writes the arcs it measured to a file the server
reads after the child exits (or is killed at the timeout: then it measured nothing).
The child keeps the harness's uid: it must write its measurement back.

The first line the server writes is {"ready": true, "root": ..., "baseline": {arcs}}:
the arcs of importing refvm, which every run shares and no run re-measures.
"""
from __future__ import annotations

import importlib
import json
import os
import pkgutil
import sys
import time

import coverage

from engines.limits import Limits
from engines.sandbox import IS_ROOT, RunDir, kill_group, limits_dict, wait_or_kill
from engines.worker import confine
from harness.semcov.areas import OMIT

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REFVM = os.path.join(ROOT, "refvm")


def new_coverage() -> coverage.Coverage:
    return coverage.Coverage(data_file=None, branch=True, source=[REFVM], config_file=False,
                             omit=[os.path.join(ROOT, g) for g in OMIT])


def arcs_of(cov: coverage.Coverage) -> dict:
    data = cov.get_data()
    out = {}
    for path in data.measured_files():
        rel = os.path.relpath(path, ROOT)
        arcs = data.arcs(path) or []
        if arcs:
            out[rel] = sorted(arcs)
    return out


def import_refvm() -> dict:
    """Import every refvm module (not refvm/lib, refvm/bench) under coverage: the baseline."""
    cov = new_coverage()
    cov.start()
    try:
        import refvm
        for info in pkgutil.walk_packages(refvm.__path__, "refvm."):
            if info.name.startswith(("refvm.lib", "refvm.bench")) or info.name.endswith("__main__"):
                continue
            try:
                importlib.import_module(info.name)
            except Exception as e:      # a half-written package of someone else's must not stop us
                sys.stderr.write("semcov server: cannot import %s: %s\n" % (info.name, e))
    finally:
        cov.stop()
    return arcs_of(cov)


def run_child(run: RunDir, prog: str, vm_args: list, limits: dict) -> None:
    """In the forked child: confine, measure one refvm run, write the arcs, exit."""
    code = 70
    try:
        confine.enter(limits, None, new_group=True)
        if IS_ROOT and not limits.get("network"):
            confine.unshare_network()
        os.chdir(run.cwd)
        fd_in = os.open(os.devnull, os.O_RDONLY)
        os.dup2(fd_in, 0)
        for fd, path in ((1, run.stdout), (2, run.stderr)):
            f = os.open(str(path), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(f, fd)
            os.close(f)
        import refvm
        cov = new_coverage()
        cov.start()
        try:
            status = refvm.main(list(vm_args) + [prog])
        finally:
            cov.stop()
        arcs = arcs_of(cov)
        with open(os.path.join(str(run.root), "arcs.json"), "w") as f:
            json.dump({"exit": status, "arcs": arcs}, f)
        code = 0
    except BaseException:
        import traceback
        traceback.print_exc()
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:
            pass
        os._exit(code)


def measure(source: str, timeout: float, vm_args: list) -> dict:
    run = RunDir(None)
    try:
        prog = run.write_program("prog.py", source, None)
        limits = limits_dict(Limits(timeout=timeout))
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:
            run_child(run, str(prog), vm_args, limits)
        status, _, timed_out = wait_or_kill(pid, timeout)
        kill_group(pid, None)
        reply = {"exit": None, "signal": None, "timed_out": timed_out, "wall": time.monotonic() - start,
                 "arcs": {}}
        if os.WIFSIGNALED(status):
            reply["signal"] = os.WTERMSIG(status)
        result = os.path.join(str(run.root), "arcs.json")
        if not timed_out and os.path.exists(result):
            with open(result) as f:
                got = json.load(f)
            reply["exit"], reply["arcs"] = got["exit"], got["arcs"]
        elif not timed_out:
            reply["error"] = run.read_outputs(4000)[1].decode("utf-8", "replace")[-2000:]
        return reply
    finally:
        run.remove()


def main() -> int:
    if "--nice" in sys.argv:
        # a campaign's sampler: the differential runs come first
        os.nice(int(sys.argv[sys.argv.index("--nice") + 1]))
    out = sys.stdout
    sys.stdout = sys.stderr              # nothing but replies may reach the protocol channel
    baseline = import_refvm()
    out.write(json.dumps({"ready": True, "root": ROOT, "baseline": baseline}) + "\n")
    out.flush()
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        reply = measure(req["source"], float(req.get("timeout", 10.0)), req.get("vm_args") or [])
        out.write(json.dumps(reply) + "\n")
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
