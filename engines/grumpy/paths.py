"""Where the Grumpy engine keeps its things: everything under the git-ignored
`.cache/grumpy/` of the checkout (the sandbox uid must be able to run the binaries,
which rules out /root)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GRUMPY_VERSION = "0.3.0"
SUPPORT = Path(__file__).resolve().parent / "support"


def cache() -> Path:
    return Path(os.environ.get("DIVERGE_GRUMPY_CACHE") or ROOT / ".cache" / "grumpy")


def sdist() -> Path:
    return cache() / "sdist" / f"grumpy-runtime-{GRUMPY_VERSION}"


def gopath() -> Path:
    return cache() / "gopath"


def bindir() -> Path:
    return cache() / "bin"


def manifest() -> Path:
    """What the set-up built: the library modules and which of them transpile."""
    return cache() / "manifest.json"


def go() -> str | None:
    return shutil.which("go") or next((p for p in ("/usr/lib/go/bin/go", "/usr/local/go/bin/go")
                                       if os.path.exists(p)), None)


def go_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TMPDIR")}
    env.update(GOPATH=str(gopath()), GO111MODULE="off", CGO_ENABLED="0",
               GOCACHE=str(cache() / "gocache"), GOFLAGS="", GOTOOLCHAIN="local")
    return env
