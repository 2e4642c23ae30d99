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


def fspath(path):
    """os.fspath (CPython's PyOS_FSPath): a str or bytes as it is, else what its
    type's __fspath__ gives, which must be a str or bytes (the host's would not
    see a VM class's __fspath__)."""
    from refvm.objects import space, exceptions as E
    from refvm.objects.model import NULL, typeof
    if isinstance(path, (str, bytes)):
        return path
    t = typeof(path)
    w_m = t.lookup("__fspath__")
    if w_m is NULL:
        raise space.oefmt(E.w_TypeError, "expected str, bytes or os.PathLike object, not %s"
                          % t.name)
    w_r = space.call_special(w_m, path)
    if not isinstance(w_r, (str, bytes)):
        raise space.oefmt(E.w_TypeError, "expected %s.__fspath__() to return str or bytes, "
                          "not %s" % (t.name, space.type_name(w_r)))
    return w_r


def make_os():
    d = _fns(_os, ["getcwd", "listdir", "mkdir", "makedirs", "remove", "unlink", "rmdir",
                   "rename", "getpid", "urandom", "cpu_count", "strerror"])
    d["fspath"] = W_BuiltinFunction("fspath", fspath)
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
