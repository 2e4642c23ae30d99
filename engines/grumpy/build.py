"""Building transpiled programs: each program is a Go package named by the hash of
its Go source (`__diverge__/p<hash>`), each Python library module a package under
`__python__/`; a batch is one `main` package importing many programs and dispatching
on its first argument.  Go's build cache makes a rebuild of known packages free; the
binary itself is cached by the hash of its main file."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from engines.grumpy import paths


class BuildError(Exception):
    """`go build` rejected generated code: a bug of the transpiler's, never the program's."""

    def __init__(self, message: str, packages: set):
        super().__init__(message)
        self.packages = packages


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:20]


def _write(path: Path, text: str):
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def install_program(go_source: str) -> str:
    """Place a transpiled program in the GOPATH; returns its key (the package name)."""
    key = "p" + digest(go_source)
    _write(paths.gopath() / "src" / "__diverge__" / key / "module.go", go_source.replace("package module", f"package {key}", 1))
    return key


def place_runtime():
    """The runtime and diverge's support package in the GOPATH (copied when changed)."""
    src = paths.gopath() / "src"
    grumpy = src / "grumpy"
    grumpy.mkdir(parents=True, exist_ok=True)
    for f in (paths.sdist() / "runtime").glob("*.go"):
        if not f.name.endswith("_test.go"):
            _copy(f, grumpy / f.name)
    rt = src / "diverge" / "rt"
    rt.mkdir(parents=True, exist_ok=True)
    for f in paths.SUPPORT.glob("*.go"):
        _copy(f, rt / f.name)


def _copy(a, b):
    if not b.exists() or b.read_bytes() != a.read_bytes():
        shutil.copyfile(a, b)


def library() -> dict:
    """The set-up's manifest: {"modules": {name: {"deps": [...]}}, "broken": {name: reason}}."""
    try:
        return json.loads(paths.manifest().read_text())
    except (OSError, ValueError):
        return {"modules": {}, "broken": {}}


@dataclass
class Linked:
    modules: set = field(default_factory=set)       # library modules to link in
    broken: dict = field(default_factory=dict)      # imported modules that do not transpile


def link_closure(deps, lib: dict | None = None) -> Linked:
    """The library modules a program needs: its imports, theirs, and parent packages."""
    lib = lib if lib is not None else library()
    modules, broken = lib.get("modules", {}), lib.get("broken", {})
    out = Linked()
    todo = list(deps)
    while todo:
        name = todo.pop()
        parts = name.split(".")
        for i in range(1, len(parts) + 1):
            n = ".".join(parts[:i])
            if n in out.modules or n in out.broken:
                continue
            if n in broken:
                out.broken[n] = broken[n]
            elif n in modules:
                out.modules.add(n)
                todo += modules[n].get("deps", [])
    return out


def module_package(name: str) -> str:
    return "__python__/" + name.replace(".", "/")


def main_source(keys: list[str], modules: set) -> str:
    imports = [f'\t{k} "__diverge__/{k}"' for k in sorted(set(keys))]
    imports += [f'\t_ "{module_package(m)}"' for m in sorted(modules)]
    table = "\n".join(f'\t\t"{k}": {k}.Code,' for k in sorted(set(keys)))
    # The binary's name hashes this file: name the versions of what it links in.
    support = "".join(f.read_text() for f in sorted((paths.gopath() / "src" / "diverge" / "rt").glob("*.go")))
    return ("// A batch of transpiled programs; the first argument names the one to run.\n"
            f"// Support package {digest(support)}, library {library().get('fingerprint', '-')}.\n"
            "package main\n\nimport (\n\tπg \"grumpy\"\n\tπd \"diverge/rt\"\n" + "\n".join(imports) +
            "\n)\n\nfunc main() {\n\tπd.Main(map[string]*πg.Code{\n" + table + "\n\t})\n}\n")


def build_batch(keys: list[str], modules: set, timeout: float = 600) -> Path:
    """One binary running any of the programs `keys` (already installed)."""
    source = main_source(keys, modules)
    name = "b" + digest(source)
    binary = paths.bindir() / name
    if binary.exists():
        touch(binary)
        return binary
    _write(paths.gopath() / "src" / "__diverge__" / "main" / name / "main.go", source)
    paths.bindir().mkdir(parents=True, exist_ok=True)
    tmp = binary.with_name(f".{name}.{os.getpid()}")
    # No DWARF: halves the link time, and tracebacks come from the Python frames anyway.
    run_go(["build", "-ldflags=-s -w", "-o", str(tmp), f"__diverge__/main/{name}"], timeout)
    os.chmod(tmp, 0o755)
    tmp.replace(binary)
    prune_binaries()
    return binary


# Each binary is ~5 MB and fuzzing makes one per program: keep the recent ones only.
KEEP_BINARIES = 64
MAX_IDLE = 900          # seconds; sessions touch a binary before each run


def touch(binary: Path):
    try:
        os.utime(binary)
    except OSError:
        pass


def prune_binaries():
    """Delete binaries (and leftovers of failed builds) idle for MAX_IDLE seconds,
    beyond the KEEP_BINARIES most recently used."""
    now = time.time()
    try:
        entries = sorted(os.scandir(paths.bindir()), key=lambda e: e.stat().st_mtime, reverse=True)
    except OSError:
        return
    for e in entries[KEEP_BINARIES:]:
        try:
            if now - e.stat().st_mtime > MAX_IDLE:
                os.unlink(e.path)
        except OSError:
            pass


_PKG_LINE = re.compile(r"^# (\S+)$", re.M)


def run_go(args: list[str], timeout: float = 600) -> str:
    go = paths.go()
    if go is None:
        raise BuildError("go not found", set())
    p = subprocess.run([go] + args, env=paths.go_env(), capture_output=True, text=True, timeout=timeout,
                       stdin=subprocess.DEVNULL)
    if p.returncode != 0:
        failed = set(_PKG_LINE.findall(p.stderr))
        raise BuildError(p.stderr.strip() or f"go {args[0]} failed with status {p.returncode}", failed)
    return p.stdout
