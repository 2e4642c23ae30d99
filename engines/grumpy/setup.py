"""Set-up of the Grumpy runtime (run by scripts/bootstrap; idempotent):

  1. fetch the `grumpy-runtime` sdist from PyPI into .cache/grumpy/sdist/
  2. place its Go runtime (package grumpy) and diverge's support package (diverge/rt)
     in the cache's GOPATH and build them
  3. transpile Grumpy's Python 2 library modules (lib/, third_party/) with this
     project's transpiler, build them, and record which work in manifest.json

    python -m engines.grumpy.setup [--force]
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
import time

from engines.grumpy import paths
from engines.grumpy.build import BuildError, module_package, place_runtime, run_go
from engines.grumpy.errors import Unsupported

# Library roots, first wins (Grumpy's own modules override the third-party ones).
LIB_ROOTS = ("lib", "third_party/pypy", "third_party/ouroboros", "third_party/stdlib")


def say(msg: str):
    print(f"grumpy setup: {msg}", file=sys.stderr, flush=True)


def fetch():
    if (paths.sdist() / "runtime" / "core.go").exists():
        return
    dl = paths.cache() / "download"
    dl.mkdir(parents=True, exist_ok=True)
    say(f"fetching grumpy-runtime=={paths.GRUMPY_VERSION} from PyPI")
    subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--disable-pip-version-check", "--no-deps",
                    "--no-binary=:all:", "--ignore-requires-python", f"grumpy-runtime=={paths.GRUMPY_VERSION}",
                    "-d", str(dl)], check=True, stdin=subprocess.DEVNULL)
    archive = next(dl.glob("grumpy-runtime-*.tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(paths.sdist().parent, filter="data")


def library_sources() -> dict:
    """{module name: source path} for Grumpy's library modules."""
    found = {}
    for root in LIB_ROOTS:
        base = paths.sdist() / root
        for f in sorted(base.rglob("*.py")):
            rel = f.relative_to(base)
            if f.name.endswith("_test.py") or "test" in rel.parts[:-1]:
                continue
            parts = list(rel.with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            name = ".".join(parts)
            if name and name not in found:
                found[name] = f
    return found


def transpile_library(go_types=(), only=None) -> dict:
    from engines.grumpy.py2 import parse
    from engines.grumpy.transpile import transpile
    modules, broken = {}, {}
    src = paths.gopath() / "src"
    for name, path in library_sources().items():
        if only is not None and name not in only:
            continue
        try:
            tree = parse(path.read_text(encoding="latin-1"), path.name, py2=True)
            mod = transpile(tree, filename=path.name, register_as=name, py2=True, go_types=go_types)
        except Unsupported as e:
            broken[name] = f"unsupported: {e}"
            continue
        except SyntaxError as e:
            broken[name] = f"syntax error: {e}"
            continue
        except Exception as e:      # lib2to3 cannot parse it: report, keep going
            broken[name] = f"{type(e).__name__}: {e}"
            continue
        out = src / module_package(name) / "module.go"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not out.exists() or out.read_text(encoding="utf-8") != mod.source:
            out.write_text(mod.source, encoding="utf-8")
        modules[name] = {"deps": sorted(mod.module_deps), "file": str(path.relative_to(paths.sdist()))}
    return {"modules": modules, "broken": broken}


_GO_TYPE = re.compile(r"πn_(\w+)\.(\w+) \(type\) is not an expression")


def build_library(lib: dict):
    """Build every library package; the ones Go rejects move to `broken`.  Native imports
    of Go types are found here (Go says "(type) is not an expression") and retranspiled."""
    pending = sorted(lib["modules"])
    go_types = set(lib.setdefault("go_types", []))
    while pending:
        try:
            run_go(["build"] + [module_package(m) for m in pending])
            return
        except BuildError as e:
            bad = {m for m in pending if module_package(m) in e.packages}
            if not bad:
                raise
            found = {f"{pkg.replace('_', '/')}.{name}" for pkg, name in _GO_TYPE.findall(str(e))} - go_types
            if found:
                go_types |= found
                lib["go_types"] = sorted(go_types)
                redo = transpile_library(go_types, only=bad)
                lib["modules"].update(redo["modules"])
                lib["broken"].update(redo["broken"])
                continue
            for m in bad:
                lib["broken"][m] = "go build failed: " + _first_error(str(e), module_package(m))
                del lib["modules"][m]
            pending = [m for m in pending if m not in bad]


def _first_error(text: str, pkg: str) -> str:
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if line == f"# {pkg}" and i + 1 < len(lines):
            return lines[i + 1].strip()
    return "see go build output"


TRANSPILER_FILES = ("transpile.py", "expr.py", "stmt.py", "gofunc.py", "scope.py", "py2.py", "errors.py", "mangle.py",
                    "setup.py")


def fingerprint() -> str:
    from engines.grumpy.build import digest
    parts = [p.read_text() for p in sorted(paths.SUPPORT.glob("*.go"))]
    # The transpiler's own files: a change to them re-translates the library.
    parts += [(paths.SUPPORT.parent / f).read_text() for f in TRANSPILER_FILES]
    return digest("".join(parts))


def setup(force: bool = False) -> dict:
    if paths.go() is None:
        raise SystemExit("grumpy setup: go not found (Debian package golang-go)")
    fetch()
    place_runtime()
    old = {}
    try:
        old = json.loads(paths.manifest().read_text())
    except (OSError, ValueError):
        pass
    if not force and old.get("fingerprint") == fingerprint():
        return old
    start = time.monotonic()
    say("building the Grumpy runtime")
    run_go(["build", "grumpy", "diverge/rt"])
    say("transpiling and building Grumpy's library modules")
    lib = transpile_library()
    build_library(lib)
    lib["fingerprint"] = fingerprint()
    lib["version"] = paths.GRUMPY_VERSION
    paths.manifest().write_text(json.dumps(lib, indent=1, sort_keys=True))
    say(f"{len(lib['modules'])} library modules built, {len(lib['broken'])} do not transpile "
        f"({time.monotonic() - start:.0f} s)")
    return lib


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m engines.grumpy.setup", description=__doc__.split("\n")[0])
    ap.add_argument("--force", action="store_true", help="rebuild even if up to date")
    ap.add_argument("--broken", action="store_true", help="list library modules that do not transpile")
    args = ap.parse_args(argv)
    lib = setup(args.force)
    if args.broken:
        for name, why in sorted(lib["broken"].items()):
            print(f"{name}: {why}")


if __name__ == "__main__":
    main()
