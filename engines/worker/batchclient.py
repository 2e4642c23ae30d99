"""The harness's side of a batch runner (see batchrunner.py).

The runner process is sandboxed as a whole (uid, rlimits, no network).  A
program that overruns its timeout, or kills its interpreter, costs a restart:
the process group is killed and a new runner starts for the next program.
"""
from __future__ import annotations

import json
import select
import subprocess
import time
from functools import partial

from engines import sandbox
from engines.classify import RawRun
from engines.limits import Limits

MARK = b"\x00DIVERGE "
START_TIMEOUT = 180.0      # JVM / Pyodide start-up, with room for a loaded 2-core machine


class BatchDied(Exception):
    pass


class BatchRunner:
    def __init__(self, argv: list[str], env: dict, uid: int | None, limits: Limits):
        self.argv, self.env, self.uid, self.limits = argv, env, uid, limits
        self.proc = None
        self.version = ""

    def _start(self):
        self.rundir = sandbox.RunDir(self.uid)
        # The process lives for many programs: CPU time accumulates, so its CPU limit is generous
        # and the wall timeout per program is what stops a runaway one.
        limits = sandbox.limits_dict(self.limits)
        limits["cpu"] = 24 * 3600
        limits["output"] = max(limits["output"] * 4, 64 * 1024 * 1024)
        self._buf = b""
        self._err = open(self.rundir.stderr, "wb")
        self.proc = subprocess.Popen(
            self.argv, cwd=self.rundir.cwd, env=self.env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._err, bufsize=0, close_fds=True,
            preexec_fn=partial(sandbox._preexec, limits, self.uid, self.limits.network))
        hello = self._reply(START_TIMEOUT)
        if not hello or not hello.get("ready"):
            tail = self._stderr_tail()
            self.stop()
            raise BatchDied(f"batch runner did not start: {tail}")
        self.version = hello.get("version", "")

    def run(self, source: str, filename: str, limits: Limits) -> RawRun:
        if self.proc is None or self.proc.poll() is not None:
            self._start()
        req = json.dumps({"source": source, "filename": filename, "cap": limits.output}) + "\n"
        start = time.monotonic()
        try:
            self.proc.stdin.write(req.encode("utf-8"))
            self.proc.stdin.flush()
            reply = self._reply(limits.timeout)
        except (BrokenPipeError, BatchDied):
            return self._died(start)
        if reply is None:                      # timeout: the runner is stuck in the program
            self.stop()
            return RawRun(timed_out=True, wall=time.monotonic() - start)
        raw = RawRun(stdout=reply["stdout"].encode("utf-8", "surrogateescape"),
                     stderr=reply["stderr"].encode("utf-8", "surrogateescape"),
                     exit=reply["exit"], truncated=reply["truncated"], wall=reply["wall"])
        return raw

    def _died(self, start: float) -> RawRun:
        """The interpreter itself ended during the program (os._exit, a crash): report it as the
        process's end, as a fresh process would have."""
        status = self.proc.wait()
        raw = RawRun(wall=time.monotonic() - start, stderr=self._stderr_tail(all_lines=True).encode())
        if status < 0:
            raw.signal = -status
        else:
            raw.exit = status
        self.stop()
        return raw

    def _reply(self, timeout: float):
        deadline = time.monotonic() + timeout
        while True:
            nl = self._buf.find(b"\n")
            while nl >= 0:
                line, self._buf = self._buf[:nl], self._buf[nl + 1:]
                if line.startswith(MARK):
                    return json.loads(line[len(MARK):])
                nl = self._buf.find(b"\n")         # stray output on the real stdout: ignored
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.proc.stdout.fileno()], [], [], left)
            if not ready:
                return None
            chunk = self.proc.stdout.read(1 << 16)
            if not chunk:
                raise BatchDied("batch runner exited")
            self._buf += chunk

    def _stderr_tail(self, all_lines: bool = False) -> str:
        try:
            text = self.rundir.stderr.read_bytes()[-65536:].decode("utf-8", "replace")
        except OSError:
            return ""
        lines = text.strip().splitlines()
        if all_lines:
            return text
        return lines[-1] if lines else "(no output)"

    def stop(self):
        if self.proc is None:
            return
        sandbox.kill_group(self.proc.pid, self.uid)
        self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout, self._err):
            try:
                f.close()
            except OSError:
                pass
        self.rundir.remove()
        self.proc = None
