"""Resource limits for one program run."""
from __future__ import annotations

from dataclasses import dataclass, asdict

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    timeout: float = 10.0            # wall seconds; the whole process group is killed after it
    memory: int = 2048 * MiB         # RLIMIT_DATA bytes (not RLIMIT_AS: it breaks the JVM and WebAssembly)
    output: int = 8 * MiB            # cap on each of stdout and stderr (and RLIMIT_FSIZE)
    processes: int = 256             # RLIMIT_NPROC for the sandbox uid (threads count too)
    open_files: int = 1024
    network: bool = False            # False: a network namespace with no interfaces

    @property
    def cpu(self) -> int:
        """RLIMIT_CPU seconds: a little above the wall timeout, a backstop if the wall kill fails."""
        return int(self.timeout) + 2

    def to_dict(self) -> dict:
        return asdict(self)
