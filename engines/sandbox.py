"""The sandbox every program run goes through.

Each run gets: its own process group (the whole group is killed on timeout and
after exit), a fresh temporary cwd, a scrubbed environment, rlimits (CPU, data
size, file size, processes, open files, no core files), a wall timeout, output
caps, and — when the harness is root — a network namespace with no interfaces
and an unprivileged uid of its own.  That uid is what makes RLIMIT_NPROC bite
(root is exempt from it), keeps programs from writing outside their cwd, and
lets the harness kill everything a program left behind (`confine.sweep`).

Why RLIMIT_DATA and not RLIMIT_AS: the JVM and WebAssembly reserve huge address
ranges up front and fail under any useful RLIMIT_AS (measured: ../shared/NOTES.md).
"""
from __future__ import annotations

import fcntl
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time

from functools import partial
from pathlib import Path

from engines.classify import RawRun
from engines.errors import UserError
from engines.limits import Limits
from engines.worker import confine

IS_ROOT = os.geteuid() == 0
UID_BASE = int(os.environ.get("DIVERGE_UID_BASE", "62000"))
UID_COUNT = 2000
_BASE_ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "PYTHONDONTWRITEBYTECODE": "1",
}


_RUNS_ROOT: Path | None = None


def _default_tmp() -> str:
    # tmpfs: creating and removing a run directory costs ~0.1 ms there, ~1 ms on overlay disks.
    shm = "/dev/shm"
    if os.path.isdir(shm) and os.access(shm, os.W_OK):
        return shm
    return tempfile.gettempdir()


def runs_root() -> Path:
    global _RUNS_ROOT
    if _RUNS_ROOT is None or not _RUNS_ROOT.is_dir():
        root = Path(os.environ.get("DIVERGE_TMP") or _default_tmp()) / "diverge-runs"
        root.mkdir(parents=True, exist_ok=True)
        os.chmod(root, 0o711)     # sandbox uids may enter their own cwd but not list others
        _RUNS_ROOT = root
    return _RUNS_ROOT


class UidSlot:
    """An unprivileged uid reserved for one worker for its lifetime (flock'ed, so parallel
    harness processes — pytest-xdist, Dask workers — never share one).  None when not root."""

    def __init__(self, enabled: bool = True):
        self.uid: int | None = None
        self._fd: int | None = None
        if not IS_ROOT or not enabled:
            return
        lockdir = runs_root() / "uids"
        lockdir.mkdir(exist_ok=True)
        start = os.getpid() % UID_COUNT
        for i in range(UID_COUNT):
            uid = UID_BASE + (start + i) % UID_COUNT
            fd = os.open(lockdir / f"{uid}.lock", os.O_CREAT | os.O_RDWR, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            self.uid, self._fd = uid, fd
            confine.sweep(uid)        # a crashed earlier holder may have left processes
            return
        raise UserError("no free sandbox uid: too many diverge workers running")

    def release(self):
        if self._fd is not None:
            confine.sweep(self.uid)
            os.close(self._fd)
            self._fd = None


def reachable_by_others(path: str) -> bool:
    """Can an unprivileged uid execute/read `path`?  (Every directory on the way needs o+x.)"""
    real = Path(os.path.realpath(path))
    try:
        for d in real.parents:
            if not os.stat(d).st_mode & 0o001:
                return False
        return bool(os.stat(real).st_mode & 0o005)
    except OSError:
        return False


def environment(extra: dict | None = None, home: str | None = None) -> dict:
    """The scrubbed environment: nothing of the harness's own environment leaks in."""
    env = dict(_BASE_ENV)
    if home:
        env["HOME"] = env["TMPDIR"] = home
    env.update(extra or {})
    return env


class RunDir:
    """A fresh directory per run: `cwd/` (the program's, owned by the sandbox uid) and
    the captured `stdout` / `stderr` files beside it (the harness's)."""

    def __init__(self, uid: int | None):
        self.root = Path(tempfile.mkdtemp(prefix="run-", dir=runs_root()))
        os.chmod(self.root, 0o711)
        self.cwd = self.root / "cwd"
        self.cwd.mkdir(mode=0o700)
        if uid is not None:
            os.chown(self.cwd, uid, uid)
        self.stdout = self.root / "stdout"
        self.stderr = self.root / "stderr"

    def write_program(self, name: str, source: str, uid: int | None) -> Path:
        path = self.cwd / name
        path.write_text(source, encoding="utf-8")
        if uid is not None:
            os.chown(path, uid, uid)
        return path

    def read_outputs(self, cap: int) -> tuple[bytes, bytes, bool]:
        out, t1 = _read_capped(self.stdout, cap)
        err, t2 = _read_capped(self.stderr, cap)
        return out, err, t1 or t2

    def remove(self):
        # The common case is a cwd holding just the program: avoid rmtree's walk.
        try:
            for entry in os.scandir(self.cwd):
                if not entry.is_file(follow_symlinks=False):
                    raise OSError
                os.unlink(entry.path)
            os.rmdir(self.cwd)
            for f in (self.stdout, self.stderr):
                if f.exists():
                    os.unlink(f)
            os.rmdir(self.root)
        except OSError:
            shutil.rmtree(self.root, ignore_errors=True)


def _read_capped(path: Path, cap: int) -> tuple[bytes, bool]:
    try:
        with open(path, "rb") as f:
            data = f.read(cap + 1)
    except FileNotFoundError:
        return b"", False
    return data[:cap], len(data) >= cap


def limits_dict(limits: Limits) -> dict:
    d = limits.to_dict()
    d["cpu"] = limits.cpu
    return d


def _preexec(limits: dict, uid: int | None, network: bool):
    os.setsid()
    if not network and IS_ROOT:
        confine.unshare_network()
    confine.enter(limits, uid, new_group=False)


def spawn(argv: list[str], run: RunDir, env: dict, limits: Limits, uid: int | None) -> RawRun:
    """Run one process under the sandbox and wait for it (or kill it at the timeout)."""
    with open(run.stdout, "wb") as out, open(run.stderr, "wb") as err:
        start = time.monotonic()
        try:
            proc = subprocess.Popen(
                argv, cwd=run.cwd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                preexec_fn=partial(_preexec, limits_dict(limits), uid, limits.network),
                close_fds=True)
        except FileNotFoundError:
            raise UserError(f"cannot run {argv[0]}: no such file") from None
        except PermissionError:
            raise UserError(f"cannot run {argv[0]}: permission denied") from None
    status, rusage, timed_out = wait_or_kill(proc.pid, limits.timeout)
    wall = time.monotonic() - start
    proc.returncode = status          # we reaped it; keep Popen from trying again
    kill_group(proc.pid, uid)
    out, err, truncated = run.read_outputs(limits.output)
    raw = raw_from_status(status, rusage, wall)
    raw.stdout, raw.stderr, raw.truncated, raw.timed_out = out, err, truncated, timed_out
    return raw


def wait_or_kill(pid: int, timeout: float):
    """Wait for `pid` (our child); kill its process group at the timeout. -> (status, rusage, timed_out)"""
    fd = os.pidfd_open(pid)
    try:
        ready, _, _ = select.select([fd], [], [], timeout)
        timed_out = not ready
        if timed_out:
            _killpg(pid)
        _, status, rusage = os.wait4(pid, 0)
    finally:
        os.close(fd)
    return status, rusage, timed_out


def raw_from_status(status: int, rusage, wall: float) -> RawRun:
    raw = RawRun(wall=wall)
    if os.WIFSIGNALED(status):
        raw.signal = os.WTERMSIG(status)
    else:
        raw.exit = os.WEXITSTATUS(status)
    if rusage is not None:
        raw.cpu = rusage.ru_utime + rusage.ru_stime
        raw.max_rss = rusage.ru_maxrss
    return raw


def _killpg(pgid: int):
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def kill_group(pgid: int, uid: int | None):
    """Kill what a finished program left behind: its process group, then all of its uid,
    and wait until none of them is running (they are not our children to reap)."""
    _killpg(pgid)
    if uid is None or not live_processes(uid):
        return
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        confine.sweep(uid)
        if not live_processes(uid):
            return
        time.sleep(0.005)


def live_processes(uid: int) -> list[int]:
    """Pids of the processes of `uid` that are not yet dead (zombies excluded)."""
    pids = []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/status") as f:
                state = uid_field = None
                for line in f:
                    if line.startswith("State:"):
                        state = line.split()[1]
                    elif line.startswith("Uid:"):
                        uid_field = int(line.split()[1])
                        break
        except (OSError, ValueError):
            continue
        if uid_field == uid and state not in ("Z", "X"):
            pids.append(int(entry.name))
    return pids
