"""refvm: the reference VM for Python 3, written in Python.

`refvm.main(argv) -> int` runs a program in-process and returns its exit status;
`python -m refvm [options] prog.py [args...]` does the same from the shell.
See docs/refvm.md for the architecture.
"""
from refvm.driver import (main, EXIT_UNSUPPORTED, EXIT_INTERNAL, EXIT_USAGE,  # noqa: F401
                          EXIT_KEYBOARD_INTERRUPT)

__all__ = ["main", "EXIT_UNSUPPORTED", "EXIT_INTERNAL", "EXIT_USAGE", "EXIT_KEYBOARD_INTERRUPT"]
