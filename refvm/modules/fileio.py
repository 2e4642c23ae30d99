"""open() and file objects: VM objects over host files (text and binary)."""
from refvm.errors import VMError
from refvm.objects import space, exceptions as E
from refvm.objects.model import W_Object, NULL
from refvm.objects.typeobject import builtin_type
from refvm.objects.functions import method, getset


class W_File(W_Object):
    __slots__ = ("host", "name", "mode", "w_type")

    def __init__(self, host, name, mode, w_type):
        self.host = host
        self.name = name
        self.mode = mode
        self.w_type = w_type
        OPEN.add(host)

    def __del__(self):
        # a file object that dies closes its file, flushing what was written (as
        # CPython's does); its host file is held in OPEN until then, so that the
        # host's cycle collector never frees the layers of a host file in a
        # cycle of VM objects in an order that loses the buffer (the raw file
        # finalized, so closed, before the buffered layer flushes: bpo-17852;
        # a program ending in an uncaught exception lost its file's output)
        try:
            _close(self.host)
        except Exception:
            pass                # (the host's own finalization has cleared this module)


# the host files of the program's file objects still alive
OPEN = set()


def close_all():
    """Close the files of file objects still alive at the program's exit, after
    the VM's exit-time finalization (whose finalizers may still write to them),
    as CPython's finalization does (driver.run_program)."""
    for host in list(OPEN):
        _close(host)


def _close(host):
    OPEN.discard(host)
    try:
        host.close()
    except Exception:
        pass                    # (a failed flush: the data is lost, as in CPython)


w_textfile = builtin_type("TextIOWrapper", module="_io", acceptable_base=False)
w_binfile = builtin_type("BufferedReader", module="_io", acceptable_base=False)


def open_(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
          closefd=True, opener=None):
    if not isinstance(file, (str, bytes, int)):
        raise space.oefmt(E.w_TypeError, "expected str, bytes or os.PathLike object, not %s"
                          % space.type_name(file))
    if not isinstance(mode, str):
        raise space.oefmt(E.w_TypeError, "open() argument 'mode' must be str, not %s"
                          % space.type_name(mode))
    if "b" in mode:
        host = open(file, mode, buffering)
        return W_File(host, file, mode, w_binfile)
    host = open(file, mode, buffering, encoding or "utf-8", errors, newline)
    return W_File(host, file, mode, w_textfile)


def _host(w_f):
    return w_f.host


for _w in (w_textfile, w_binfile):
    for _name in ("read", "readline", "readlines", "write", "writelines", "close", "flush",
                  "seek", "tell", "readable", "writable", "seekable", "fileno", "truncate"):
        method(_w, _name)(lambda w_f, *a, _n=_name: getattr(w_f.host, _n)(*a))
    method(_w, "__enter__")(lambda w_f: w_f)
    method(_w, "__exit__")(lambda w_f, *a: w_f.host.close())
    method(_w, "__iter__")(lambda w_f: w_f)
    method(_w, "__next__")(lambda w_f: next(w_f.host))
    method(_w, "__repr__")(lambda w_f: "<_io.%s name=%r mode=%r>"
                           % (w_f.w_type.name, w_f.name, w_f.mode))
    getset(_w, "closed")(lambda w_f: w_f.host.closed)
    getset(_w, "name")(lambda w_f: w_f.name)
    getset(_w, "mode")(lambda w_f: w_f.mode)
