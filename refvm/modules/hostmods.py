"""math, time, itertools, the _thread stub, and thin host wrappers.  (gc,
_weakref and atexit live in refvm/gc/.)"""
import itertools as _it
import time as _time

from refvm.objects import space, exceptions as E
from refvm.objects.model import NULL
from refvm.objects.functions import W_BuiltinFunction
from refvm.objects.typeobject import builtin_type, map_host
from refvm.objects.hostwrap import populate


def _functions(host_module, names):
    return dict((n, W_BuiltinFunction(n, getattr(host_module, n))) for n in names
                if hasattr(host_module, n))


def make_math():
    import math as _math
    names = [n for n in dir(_math) if not n.startswith("_") and callable(getattr(_math, n))]
    d = _functions(_math, names)
    for n in ("pi", "e", "tau", "inf", "nan"):
        d[n] = getattr(_math, n)
    return d


def make_time():
    d = _functions(_time, ["time", "monotonic", "perf_counter", "process_time", "time_ns",
                           "monotonic_ns", "perf_counter_ns"])

    def sleep(secs):
        if not isinstance(secs, (int, float)):
            raise space.oefmt(E.w_TypeError, "'%s' object cannot be interpreted as an integer"
                              % space.type_name(secs))
        if secs < 0:
            raise space.oefmt(E.w_ValueError, "sleep length must be non-negative")
        from refvm.threads.primitives import sleep as vm_sleep
        return vm_sleep(secs)       # a switch point on refvm's virtual clock
    d["sleep"] = W_BuiltinFunction("sleep", sleep)
    return d


_ITERTOOLS = ["count", "cycle", "repeat", "chain", "compress", "dropwhile", "filterfalse",
              "groupby", "islice", "starmap", "takewhile", "zip_longest", "product",
              "permutations", "combinations", "combinations_with_replacement", "pairwise",
              "accumulate"]
_itertools_types = {}


def make_itertools():
    """Host itertools types over VM iterables: they reach VM objects through the
    protocol hooks (iteration, calls, truth), so their laziness is CPython's."""
    d = {}
    for n in _ITERTOOLS:
        host_t = getattr(_it, n, None)
        if host_t is None:
            continue
        w_t = _itertools_types.get(n)
        if w_t is None:
            from refvm.objects.containers import _host_iter_type
            w_t = _host_iter_type(n, host_t, module="itertools")
            from refvm.objects.functions import staticmethod_
            staticmethod_(w_t, "__new__")(lambda w_cls, *a, _h=host_t, **k: _h(*a, **k))
            _itertools_types[n] = w_t
        d[n] = w_t
    if "_grouper" not in _itertools_types:
        g = _it.groupby([1])
        _, grp = next(g)
        from refvm.objects.containers import _host_iter_type
        _itertools_types["_grouper"] = _host_iter_type("_grouper", type(grp), module="itertools")
        _itertools_types["_tee"] = None
    d["tee"] = W_BuiltinFunction("tee", _tee)
    d["accumulate"] = W_BuiltinFunction("accumulate", _accumulate)
    return d


def _accumulate(w_iterable, func=None, *, initial=None):
    # the default operation is the VM's `+`, so user types dispatch normally
    if func is None:
        return _it.accumulate(w_iterable, lambda a, b: space.binop(0, a, b), initial=initial)
    return _it.accumulate(w_iterable, func, initial=initial)


def _tee(w_iterable, n=2):
    # eager: copies the items (a lazy tee is future work)
    items = space.unpack_iterable(w_iterable)
    return tuple(iter(items) for _ in range(n))


def make_thread():
    from refvm.threads.primitives import make_thread as make
    return make()


def _unsupported(what):
    from refvm.errors import Unsupported
    raise Unsupported(what)


# ---------------------------------------------------------------- thin host wrappers
# Modules whose functions only take and return host-represented values (numbers,
# strings, lists, dicts, ...), so the host implementation is the VM's behaviour.

def _wrap_module(host, names, consts=()):
    d = _functions(host, names)
    for n in consts:
        if hasattr(host, n):
            d[n] = getattr(host, n)
    return d


def make_cmath():
    import cmath as _cmath
    names = [n for n in dir(_cmath) if not n.startswith("_") and callable(getattr(_cmath, n))]
    return _wrap_module(_cmath, names, ["pi", "e", "tau", "inf", "infj", "nan", "nanj"])


def make_errno():
    import errno as _errno
    d = dict((n, getattr(_errno, n)) for n in dir(_errno)
             if n.startswith("E") and isinstance(getattr(_errno, n), int))
    d["errorcode"] = dict(_errno.errorcode)
    return d


def make_unicodedata():
    import unicodedata as _ud
    names = ["lookup", "name", "decimal", "digit", "numeric", "category", "bidirectional",
             "combining", "east_asian_width", "mirrored", "decomposition", "normalize",
             "is_normalized"]
    return _wrap_module(_ud, names, ["unidata_version"])


def make_random():
    import random as _random
    names = ["seed", "random", "randint", "randrange", "choice", "choices", "shuffle", "sample",
             "uniform", "gauss", "getrandbits", "triangular", "expovariate", "normalvariate",
             "betavariate", "getstate", "setstate"]
    return _wrap_module(_random, names)


def make_string():
    import string as _string
    return _wrap_module(_string, ["capwords"], ["ascii_letters", "ascii_lowercase",
                                                "ascii_uppercase", "digits", "hexdigits",
                                                "octdigits", "punctuation", "printable",
                                                "whitespace"])


def make_struct():
    import struct as _struct
    return _wrap_module(_struct, ["pack", "unpack", "calcsize", "pack_into", "unpack_from",
                                  "iter_unpack"])


def make_json():
    import json as _json

    def dumps(obj, **kw):
        return _json.dumps(obj, **kw)

    def loads(s, **kw):
        return _json.loads(s, **kw)
    return {"dumps": W_BuiltinFunction("dumps", dumps),
            "loads": W_BuiltinFunction("loads", loads)}


_re_types_done = []


def make_re():
    import re as _re
    if not _re_types_done:
        from refvm.objects.typeobject import builtin_type, map_host
        for host_t, name in ((type(_re.compile("")), "Pattern"),
                             (type(_re.match("", "")), "Match")):
            w_t = builtin_type(name, host_class=host_t, acceptable_base=False, module="re")
            map_host(host_t, w_t)
            populate(w_t, host_t)
        from refvm.objects.containers import _host_iter_type
        _host_iter_type("callable_iterator", type(_re.finditer("", "")), module="re") \
            if type(_re.finditer("", "")) not in space.HOST_ITERATORS else None
        _re_types_done.append(True)
    names = ["compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn",
             "split", "escape", "purge"]
    d = _wrap_module(_re, names)
    from refvm.objects.model import HOST2VM
    d["Pattern"] = HOST2VM[type(_re.compile(""))]
    d["Match"] = HOST2VM[type(_re.match("", ""))]
    # the flags as plain ints (the host's are RegexFlag enum members, which are not
    # refvm values: `re.I | re.M` must work; their repr is the int's, not CPython's)
    for n in ("IGNORECASE", "I", "MULTILINE", "M", "DOTALL", "S", "VERBOSE", "X", "ASCII", "A",
              "UNICODE", "U", "NOFLAG"):
        if hasattr(_re, n):
            d[n] = int(getattr(_re, n))
    return d

def make_codecs():
    """_codecs: the host's encoders and decoders (they take and give str and
    bytes, host values); the registries of search functions and error
    handlers are the VM's own (the host's are the process's: a run must not
    change them for the next one)."""
    import _codecs as _c
    names = [n for n in dir(_c) if n.endswith(("_encode", "_decode")) or
             n in ("encode", "decode", "charmap_build")]
    d = _functions(_c, names)
    searches = []
    cache = {}
    handlers = dict((n, W_BuiltinFunction(n + "_errors", _c.lookup_error(n)))
                    for n in ("strict", "ignore", "replace", "backslashreplace",
                              "xmlcharrefreplace", "namereplace", "surrogateescape",
                              "surrogatepass"))

    def register(w_search):
        if not space.callable(w_search):
            raise space.oefmt(E.w_TypeError, "argument must be callable")
        searches.append(w_search)

    def unregister(w_search):
        if w_search in searches:
            searches.remove(w_search)
        cache.clear()

    def lookup(encoding):
        if not isinstance(encoding, str):
            raise space.oefmt(E.w_TypeError, "lookup() argument must be str, not %s"
                              % space.type_name(encoding))
        key = encoding.lower().replace(" ", "_")
        w_found = cache.get(key)
        if w_found is not None:
            return w_found
        if not searches:
            # (CPython imports encodings, which registers its search function,
            # when its codec registry starts: here at the first lookup)
            from refvm.importer import IMPORTER
            IMPORTER.import_name("encodings", None, 0, {})
        for w_search in list(searches):
            w_r = space.call(w_search, [key])
            if w_r is None:
                continue
            if not (isinstance(w_r, tuple) and len(w_r) == 4):
                raise space.oefmt(E.w_TypeError, "codec search functions must return 4-tuples")
            cache[key] = w_r
            return w_r
        raise space.oefmt(E.w_LookupError, "unknown encoding: %s" % encoding)

    def register_error(name, w_handler):
        if not space.callable(w_handler):
            raise space.oefmt(E.w_TypeError, "handler must be callable")
        handlers[name] = w_handler

    def lookup_error(name):
        w_h = handlers.get(name)
        if w_h is None:
            raise space.oefmt(E.w_LookupError, "unknown error handler name '%s'" % name)
        return w_h
    for fn in (register, unregister, lookup, register_error, lookup_error):
        d[fn.__name__] = W_BuiltinFunction(fn.__name__, fn)
    return d
