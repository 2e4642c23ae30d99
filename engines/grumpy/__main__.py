"""Run a Python file on the Grumpy engine outside the harness, or show its Go.

    python -m engines.grumpy prog.py            transpile, build, run (no sandbox)
    python -m engines.grumpy --go prog.py       print the generated Go
    python -m engines.grumpy --py2 old.py       accept Python 2 syntax (print statement, ...)
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from engines.grumpy.build import place_runtime
from engines.grumpy.compile import build_many, compile_program


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m engines.grumpy", description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--go", action="store_true", help="print the generated Go and stop")
    ap.add_argument("--py2", action="store_true", help="Python 2 syntax (as Grumpy's own tests use)")
    args = ap.parse_args(argv)
    path = Path(args.file)
    c = compile_program(path.read_text(encoding="latin-1" if args.py2 else "utf-8"), path.name, py2=args.py2)
    if c.syntax_error:
        print(c.syntax_error, file=sys.stderr)
        return 1
    if c.unsupported:
        print(f"grumpy: unsupported: {c.unsupported}", file=sys.stderr)
        return 3
    if args.go:
        sys.stdout.write(c.go_source)
        return 0
    place_runtime()
    binary, errors = build_many([c])
    if errors:
        print(f"grumpy: internal error: {errors[c.key]}", file=sys.stderr)
        return 70
    os.execv(str(binary), [str(binary), c.key])


if __name__ == "__main__":
    sys.exit(main())
