"""refvm: the reference VM for Python 3, written in Python.

`refvm.main(argv) -> int` runs a program in-process and returns its exit status;
`python -m refvm [options] prog.py [args...]` does the same from the shell.
See docs/refvm.md for the architecture.
"""
from refvm import _bundle

_bundle.install()       # (refvm's modules from one file: start-up, see _bundle.py)

from refvm.driver import (main, EXIT_UNSUPPORTED, EXIT_INTERNAL, EXIT_USAGE,  # noqa: F401,E402
                          EXIT_KEYBOARD_INTERRUPT)

__all__ = ["main", "warm_up", "EXIT_UNSUPPORTED", "EXIT_INTERNAL", "EXIT_USAGE",
           "EXIT_KEYBOARD_INTERRUPT"]


def warm_up():
    """For a fork server: run an empty program (the VM's lazily built state) and
    import the JIT's recorder, lowering, optimizer and backend, so that each
    forked child has them in memory before its first hot loop."""
    import os
    main([os.devnull])
    from refvm.jit import hotloop
    hotloop._load()
