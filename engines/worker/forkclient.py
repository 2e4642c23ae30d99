"""The harness's side of the fork server (see forkserver.py for the protocol)."""
from __future__ import annotations

import marshal
import os
import select
import struct
import subprocess
import time
from pathlib import Path

from engines import sandbox
from engines.classify import RawRun
from engines.limits import Limits

SERVER = Path(__file__).with_name("forkserver.py")
START_TIMEOUT = 60.0


class WorkerDied(Exception):
    pass


class ForkServer:
    """One fork server process for one engine; runs one program at a time."""

    def __init__(self, interpreter: list[str], mode: str, env: dict, uid: int | None, network: bool = False):
        self.uid = uid
        argv = interpreter + [str(SERVER), mode]
        if not network and sandbox.IS_ROOT:
            argv.append("--no-network")
        self.stderr_path = sandbox.runs_root() / f"forkserver-{os.getpid()}-{id(self)}.log"
        with open(self.stderr_path, "wb") as err:
            self.proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, bufsize=0,
                                         env=env, cwd=sandbox.runs_root(), start_new_session=True)
        hello = self._recv(START_TIMEOUT)
        if not hello or not hello.get("ready"):
            self.close()
            raise WorkerDied(f"fork server did not start: {self._log_tail()}")

    def run(self, path: Path, argv: list[str], run: sandbox.RunDir, limits: Limits) -> RawRun:
        req = {"path": str(path), "argv": argv, "cwd": str(run.cwd), "stdout": str(run.stdout),
               "stderr": str(run.stderr), "limits": sandbox.limits_dict(limits), "uid": self.uid}
        self._send(req)
        started = self._recv(START_TIMEOUT)
        if not started or "started" not in started:
            raise WorkerDied(f"fork server failed to fork: {self._log_tail()}")
        pid = started["started"]
        t0 = time.monotonic()
        done = self._recv(limits.timeout)
        timed_out = done is None
        if timed_out:
            sandbox._killpg(pid)
            done = self._recv(START_TIMEOUT)
            if done is None:
                raise WorkerDied("fork server did not reap a killed program")
        wall = done["wall"] if not timed_out else time.monotonic() - t0
        raw = sandbox.raw_from_status(done["status"], None, wall)
        raw.cpu = done["utime"] + done["stime"]
        raw.max_rss = done["maxrss"]
        out, err, truncated = run.read_outputs(limits.output)
        raw.stdout, raw.stderr, raw.truncated, raw.timed_out = out, err, truncated, timed_out
        if raw.exit == 125 and b"diverge-worker: setup failed" in err:
            raw.internal = err.decode(errors="replace").strip().splitlines()[-1]
        return raw

    def close(self):
        if self.proc.poll() is None:
            try:
                self.proc.stdin.close()
                self.proc.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                sandbox._killpg(self.proc.pid)
                self.proc.wait()
        for f in (self.proc.stdin, self.proc.stdout):
            try:
                f.close()
            except OSError:
                pass
        self.stderr_path.unlink(missing_ok=True)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def _send(self, obj):
        data = marshal.dumps(obj, 2)
        try:
            self.proc.stdin.write(struct.pack(">I", len(data)) + data)
            self.proc.stdin.flush()
        except (BrokenPipeError, ValueError):
            raise WorkerDied(f"fork server is gone: {self._log_tail()}") from None

    def _recv(self, timeout: float):
        """One frame, or None at the timeout; WorkerDied at end of file."""
        fd = self.proc.stdout.fileno()
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return None
        (n,) = struct.unpack(">I", self._read_exact(4))
        return marshal.loads(self._read_exact(n))

    def _read_exact(self, n: int) -> bytes:
        chunks = []
        while n:
            chunk = self.proc.stdout.read(n)       # unbuffered: select() sees all pending data
            if not chunk:
                raise WorkerDied(f"fork server exited: {self._log_tail()}")
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def _log_tail(self) -> str:
        try:
            text = self.stderr_path.read_text(errors="replace").strip().splitlines()
        except OSError:
            return "(no log)"
        return text[-1] if text else "(no output)"
