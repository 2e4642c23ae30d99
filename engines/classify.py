"""Turn what a process (or a batch runner) did into an Outcome.

Every engine goes through `classify`, so a status class means the same thing
whichever engine reports it.  The rules, in order:

  unsupported     the engine said it cannot run this construct
  internal-error  the harness, a worker, or the engine itself failed (refvm's host traceback)
  timeout         killed after the wall timeout, or by the CPU-time limit (SIGXCPU)
  output-limit    stdout or stderr reached the cap (or SIGXFSZ / EFBIG from RLIMIT_FSIZE)
  memory-limit    MemoryError, or an engine's out-of-memory report (JVM, WebAssembly, PyPy)
  crash           killed by any other signal, or an engine's fatal error
  exception       non-zero exit with an uncaught exception reported on stderr
  ok              anything else: exit 0, or sys.exit(n) with no traceback
"""
from __future__ import annotations

import signal as _signal
from dataclasses import dataclass, field

from engines import outcome as O
from engines.tracebacks import final_exception

_OOM_MARKERS = (
    "java.lang.OutOfMemoryError",
    "Cannot allocate Wasm memory",
    "WebAssembly.Memory(): could not allocate memory",
    "RangeError: Array buffer allocation failed",
    "Fatal RPython error: MemoryError",
    "MemoryError: out of memory",
    "JavaScript heap out of memory",
)
_FATAL_MARKERS = ("Fatal Python error", "Fatal RPython error", "Segmentation fault")


@dataclass
class RawRun:
    """What a run produced, before any interpretation."""
    stdout: bytes = b""
    stderr: bytes = b""
    exit: int | None = None          # None when killed by a signal
    signal: int | None = None
    timed_out: bool = False
    truncated: bool = False          # an output stream reached the cap
    wall: float = 0.0
    cpu: float = 0.0
    max_rss: int = 0
    unsupported: str | None = None   # engine-reported unsupported construct
    internal: str | None = None      # harness/engine failure description
    extra: dict = field(default_factory=dict)


def decode(data: bytes) -> str:
    # Programs may print anything, binary garbage included; keep it visible and lossless.
    return data.decode("utf-8", errors="backslashreplace")


def classify(raw: RawRun, engine: str, version: str = "", options: dict | None = None,
             isolation: str = "spawn") -> O.Outcome:
    stdout, stderr = decode(raw.stdout), decode(raw.stderr)
    exc, msg = final_exception(stderr) if raw.exit not in (0, None) or raw.signal else (None, None)
    status, detail = _status(raw, stderr, exc, msg)
    return O.Outcome(
        engine=engine, status=status, stdout=stdout, stderr=stderr, exit=raw.exit,
        signal=raw.signal, exception=exc if status in (O.EXCEPTION, O.MEMORY_LIMIT, O.OUTPUT_LIMIT) else None,
        message=msg if status == O.EXCEPTION else None, detail=detail, wall=raw.wall, cpu=raw.cpu,
        max_rss=raw.max_rss, version=version, options=dict(options or {}), isolation=isolation,
    )


def _status(raw: RawRun, stderr: str, exc: str | None, msg: str | None) -> tuple[str, str]:
    if raw.unsupported:
        return O.UNSUPPORTED, raw.unsupported
    if raw.internal:
        return O.INTERNAL_ERROR, raw.internal
    if raw.timed_out or raw.signal == _signal.SIGXCPU:
        return O.TIMEOUT, "killed by the wall timeout" if raw.timed_out else "CPU time limit (SIGXCPU)"
    if raw.truncated or raw.signal == _signal.SIGXFSZ or (msg and "File too large" in msg):
        return O.OUTPUT_LIMIT, "output reached the cap"
    if exc == "MemoryError" or any(m in stderr for m in _OOM_MARKERS):
        return O.MEMORY_LIMIT, "out of memory under the memory limit"
    if raw.signal is not None:
        return O.CRASH, f"killed by signal {_signal.Signals(raw.signal).name}" if raw.signal in _SIGNALS else f"killed by signal {raw.signal}"
    if raw.exit not in (0, None) and any(m in stderr for m in _FATAL_MARKERS):
        return O.CRASH, "engine fatal error (exit %d)" % raw.exit
    if raw.exit not in (0, None) and exc and exc != "SystemExit":
        return O.EXCEPTION, f"uncaught {exc}"
    return O.OK, "" if raw.exit == 0 else f"exit status {raw.exit}"


_SIGNALS = {s.value for s in _signal.Signals}
