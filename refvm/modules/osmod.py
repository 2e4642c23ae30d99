"""os, os.path and tempfile: the small part programs use to write and import files."""
import os as _os

from refvm.objects.functions import W_BuiltinFunction


def _fns(host, names):
    return dict((n, W_BuiltinFunction(n, getattr(host, n))) for n in names if hasattr(host, n))


def make_path():
    d = _fns(_os.path, ["join", "dirname", "basename", "exists", "isfile", "isdir", "abspath",
                        "split", "splitext", "normpath", "relpath", "getsize", "getmtime", "isabs",
                        "expanduser", "realpath", "commonprefix"])
    d["sep"] = _os.sep
    return d


def make_os():
    d = _fns(_os, ["getcwd", "listdir", "mkdir", "makedirs", "remove", "unlink", "rmdir",
                   "rename", "getpid", "urandom", "cpu_count", "fspath", "strerror"])
    d["sep"] = _os.sep
    d["linesep"] = _os.linesep
    d["name"] = _os.name
    d["curdir"] = _os.curdir
    d["environ"] = dict(_os.environ)
    d["getenv"] = W_BuiltinFunction("getenv", lambda k, default=None: d["environ"].get(k, default))
    return d


def make_tempfile():
    import tempfile as _tempfile     # (on import only: it costs 2 ms of start-up)
    return _fns(_tempfile, ["mkdtemp", "gettempdir", "mkstemp"])
