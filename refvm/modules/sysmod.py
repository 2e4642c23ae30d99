"""The sys module."""
import sys as _hostsys

from refvm.errors import VMError
from refvm.objects import space, exceptions as E
from refvm.objects.model import W_Object, W_Instance, NULL
from refvm.objects.typeobject import builtin_type
from refvm.objects.functions import W_BuiltinFunction, method, getset
from refvm.interp import state as _state
from refvm.threads import primitives as _threads


class W_HostStream(W_Object):
    """sys.stdout / sys.stderr: text streams writing to the host's fd 1 / 2."""
    __slots__ = ("name", "host_file", "host_write", "host_flush")

    def __init__(self, name, host_file):
        self.name = name
        self.host_file = host_file
        self.host_write = host_file.write
        self.host_flush = host_file.flush


w_textio = builtin_type("TextIOWrapper", module="_io", acceptable_base=False)
W_HostStream.w_type = w_textio


def _intern(w_s):
    """sys.intern: one shared object per distinct str (the host's intern table; a VM
    str is a host str)."""
    if w_s.__class__ is not str:
        raise space.oefmt(E.w_TypeError, "intern() argument must be str, not %s"
                          % space.type_name(w_s))
    return _hostsys.intern(w_s)


@method(w_textio, "write")
def stream_write(w_s, text):
    if not isinstance(text, str):
        raise space.oefmt(E.w_TypeError, "write() argument must be str, not %s"
                          % space.type_name(text))
    w_s.host_write(str.__str__(text))
    return len(text)


@method(w_textio, "flush")
def stream_flush(w_s):
    w_s.host_flush()
    return None


@method(w_textio, "writelines")
def stream_writelines(w_s, w_lines):
    for w in space.unpack_iterable(w_lines):
        stream_write(w_s, w)
    return None


@method(w_textio, "__repr__")
def stream_repr(w_s):
    return "<_io.TextIOWrapper name='<%s>' mode='w' encoding='utf-8'>" % w_s.name


@method(w_textio, "fileno")
def stream_fileno(w_s):
    return 1 if w_s.name == "stdout" else 2


getset(w_textio, "name")(lambda w: "<%s>" % w.name)


def _exit(w_code=None):
    raise VMError(E.W_BaseException(E.w_SystemExit, () if w_code is None else (w_code,)))


def _setrecursionlimit(w_n):
    n = space.index(w_n)
    if n < 1:
        raise space.oefmt(E.w_ValueError, "recursion limit must be greater or equal than 1")
    st = _state.state
    # CPython 3.11's depth here counts the evaluation loop's own entry too
    # (one more than refvm's frames: 2 at module level), and refuses a limit
    # not above it; how deep calls may go under a limit agrees already
    depth = st.depth + 1
    if n <= depth:
        raise space.oefmt(E.w_RecursionError, "cannot set the recursion limit to %d at the "
                          "recursion depth %d: the limit is too low" % (n, depth))
    st.recursion_limit = n
    return None


def _exc_info():
    w_e = _state.state.exc_info
    if w_e is None:
        return (None, None, None)
    from refvm.objects.model import typeof
    return (typeof(w_e), w_e, w_e.w_traceback)


def _exception():
    return _state.state.exc_info


def _getframe(w_depth=0):
    """sys._getframe([depth]): the caller's frame, or the one depth calls out
    (a negative depth: the caller's, as CPython 3.11).  A builtin's call makes
    no frame, so the VM thread's current frame is the caller's.  (The JIT does
    not record through a call of it, recorder.INTROSPECTING: the frames it
    walks are real.)"""
    depth = space.index(w_depth)
    f = _state.state.frame
    while depth > 0 and f is not None:
        f = f.f_back()
        depth -= 1
    if f is None:
        raise space.oefmt(E.w_ValueError, "call stack is not deep enough")
    return f


# sys.flags' fields in CPython 3.11's order; the values are the host's (the
# interpreter refvm runs on was started the way the program's CPython would be)
_FLAGS_FIELDS = ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                 "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning",
                 "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode",
                 "warn_default_encoding", "safe_path", "int_max_str_digits")


# The limit on int <-> decimal str conversions (CPython 3.11's security fix
# of 2022, gh-95778).  refvm's ints are the host's, so the host's own limit is
# the one that applies; each run starts from the process's setting
# (PYTHONINTMAXSTRDIGITS, -X int_max_str_digits) and gives it back at its end
# (end_run), whatever the program set.
_START_MAX_STR_DIGITS = getattr(_hostsys, "get_int_max_str_digits", lambda: None)()


def end_run():
    if _START_MAX_STR_DIGITS is not None:
        _hostsys.set_int_max_str_digits(_START_MAX_STR_DIGITS)


_INT_INFO_FIELDS = ("bits_per_digit", "sizeof_digit", "default_max_str_digits",
                    "str_digits_check_threshold")


def _set_int_max_str_digits(w_n):
    n = space.index(w_n)
    try:
        _hostsys.set_int_max_str_digits(n)
    except ValueError as e:
        raise space.oefmt(E.w_ValueError, str(e))
    return None


# (refvm's hashes are the host's: hash() of an int, a float, a str is the host's)
_HASH_INFO_FIELDS = ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                     "seed_bits", "cutoff")

_FLOAT_INFO_FIELDS = ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
                      "mant_dig", "epsilon", "radix", "rounds")


def _program_dir(argv):
    import os
    return os.path.dirname(os.path.abspath(argv[0])) if argv else ""


def _host_struct(name, fields):
    """sys.<name> as a VM struct of the host's values (0 for a field this
    host has not: a flag of a later CPython)."""
    from refvm.modules.structseq import make_struct
    host = getattr(_hostsys, name)
    return make_struct("sys." + name, fields, tuple(getattr(host, f, 0) for f in fields))


def _audit_functions():
    """sys.audit and sys.addaudithook over one run's hooks.  The events are the
    ones the program raises itself (pickle's find_class, ...): refvm's own
    operations (open, import, exec, compile) raise none."""
    hooks = []

    def audit(w_event, *args):
        if not isinstance(w_event, str):
            raise space.oefmt(E.w_TypeError, "expected str for argument 'event', not %s"
                              % space.type_name(w_event))
        for w_hook in list(hooks):
            space.call(w_hook, [w_event, tuple(args)])

    def addaudithook(w_hook):
        # (CPython raises the "sys.addaudithook" event first: a hook raising
        # RuntimeError there cancels the addition, another exception propagates)
        try:
            audit("sys.addaudithook")
        except VMError as e:
            if space.isinstance_w(e.w_exc, E.w_RuntimeError):
                return None
            raise
        hooks.append(w_hook)
        return None
    return (W_BuiltinFunction("audit", audit), W_BuiltinFunction("addaudithook", addaudithook))


def make(argv, modules):
    from refvm.modules.structseq import make_struct
    version_info = make_struct("sys.version_info", ("major", "minor", "micro", "releaselevel",
                                                    "serial"), (3, 11, 7, "final", 0))
    d = {
        "argv": list(argv),
        "stdout": W_HostStream("stdout", _hostsys.stdout),
        "stderr": W_HostStream("stderr", _hostsys.stderr),
        "modules": modules,
        "path": [_program_dir(argv)],
        "platform": "linux",
        "byteorder": _hostsys.byteorder,
        "maxsize": _hostsys.maxsize,
        "maxunicode": _hostsys.maxunicode,
        "version": "3.11.7 (refvm)",
        "version_info": version_info,
        "hexversion": 0x30b07f0,
        "float_info": _host_struct("float_info", _FLOAT_INFO_FIELDS),
        "hash_info": _host_struct("hash_info", _HASH_INFO_FIELDS),
        "executable": "",
        # (the host's installation: gettext and sysconfig read them)
        "prefix": _hostsys.prefix,
        "base_prefix": _hostsys.base_prefix,
        "exec_prefix": _hostsys.exec_prefix,
        "base_exec_prefix": _hostsys.base_exec_prefix,
        "platlibdir": getattr(_hostsys, "platlibdir", "lib"),
        "float_repr_style": "short",
        "dont_write_bytecode": True,
        "api_version": _hostsys.api_version,
        "copyright": _hostsys.copyright,
        "stdlib_module_names": frozenset(getattr(_hostsys, "stdlib_module_names", ())),
        "getfilesystemencoding": W_BuiltinFunction("getfilesystemencoding", lambda: "utf-8"),
        "getfilesystemencodeerrors": W_BuiltinFunction("getfilesystemencodeerrors",
                                                       lambda: "surrogateescape"),
        "flags": _host_struct("flags", _FLAGS_FIELDS),
        # (-W options reach CPython's program here, and PYTHONWARNINGS: the host's)
        "warnoptions": list(getattr(_hostsys, "warnoptions", [])),
        "implementation": make_struct("types.SimpleNamespace", ("name", "cache_tag", "version"),
                                      ("refvm", None, version_info)),
        "exit": W_BuiltinFunction("exit", _exit),
        "setrecursionlimit": W_BuiltinFunction("setrecursionlimit", _setrecursionlimit),
        "getrecursionlimit": W_BuiltinFunction("getrecursionlimit",
                                               lambda: _state.state.recursion_limit),
        "exc_info": W_BuiltinFunction("exc_info", _exc_info),
        "exception": W_BuiltinFunction("exception", _exception),
        "_getframe": W_BuiltinFunction("_getframe", _getframe),
        "getsizeof": W_BuiltinFunction("getsizeof", lambda w, d=NULL: 64),
        "intern": W_BuiltinFunction("intern", _intern),
        "getdefaultencoding": W_BuiltinFunction("getdefaultencoding", lambda: "utf-8"),
        "setswitchinterval": W_BuiltinFunction("setswitchinterval", _threads.setswitchinterval),
        "getswitchinterval": W_BuiltinFunction("getswitchinterval", _threads.getswitchinterval),
    }
    if _START_MAX_STR_DIGITS is not None:
        end_run()                   # (a run before this one in the process)
        d["int_info"] = _host_struct("int_info", _INT_INFO_FIELDS)
        d["get_int_max_str_digits"] = W_BuiltinFunction("get_int_max_str_digits",
                                                         _hostsys.get_int_max_str_digits)
        d["set_int_max_str_digits"] = W_BuiltinFunction("set_int_max_str_digits",
                                                         _set_int_max_str_digits)
    d["audit"], d["addaudithook"] = _audit_functions()
    d["__stdout__"] = d["stdout"]
    d["__stderr__"] = d["stderr"]
    return d
