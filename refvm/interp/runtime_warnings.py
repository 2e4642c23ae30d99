"""Warnings that refvm's builtins issue while a program runs (CPython's C code
calls PyErr_WarnEx with stack level 1: the warning is about the Python frame
that called the builtin, or ran the instruction)."""
import sys

from refvm.objects import space, exceptions as E
from refvm.objects.model import issubtype

# CPython 3.11's default filters (no -W, no PYTHONWARNINGS, not a debug build),
# first match wins: DeprecationWarning shown where __main__'s code issued it,
# these ignored, everything else "default" (shown once per location)
_IGNORED = ("DeprecationWarning", "PendingDeprecationWarning", "ImportWarning", "ResourceWarning")


def warn(w_category, message):
    """Issue warning `message` of VM category w_category about the current
    frame: through the program's `warnings` module once it has imported it (its
    filters apply; an "error" filter raises here), else by the default filters,
    printed as CPython prints it (`file:line: Category: message` and the line)
    and kept in the module's __warningregistry__ as CPython keeps it."""
    from refvm.compiler import _warnings_module
    from refvm.interp import state
    w_module = _warnings_module()
    if w_module is not None:
        space.call(w_module.w_dict["warn"], [message, w_category, 1])
        return
    f = state.state.frame
    if f is None:
        return
    g = f.w_globals
    lineno = f.current_line()
    registry = g.get("__warningregistry__")
    if registry.__class__ is not dict:
        registry = g["__warningregistry__"] = {}
    if registry.get("version") != 0:        # (the filters' version: 0 until changed)
        registry.clear()
        registry["version"] = 0
    key = (message, w_category, lineno)
    if registry.get(key):
        return
    if issubtype(w_category, E.w_DeprecationWarning) and g.get("__name__") == "__main__":
        pass                                # default::DeprecationWarning:__main__
    elif any(issubtype(w_category, getattr(E, "w_" + name)) for name in _IGNORED):
        return
    registry[key] = True
    from refvm.interp.traceback import raw_line
    filename = f.code.filename
    line = raw_line(filename, lineno)
    try:
        sys.stderr.write("%s:%d: %s: %s\n%s" % (filename, lineno, w_category.name, message,
                                                "  %s\n" % line.strip() if line else ""))
    except (OSError, ValueError):
        pass                    # (a closed or broken stderr: lost, as CPython's)
