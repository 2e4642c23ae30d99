"""The VM's `gc` module and `sys.getrefcount`.

refcount and none mode offer CPython 3.11's gc module; tracing mode offers
PyPy's surface (collect() returns None; no get_count, get_threshold,
set_threshold, is_tracked, is_finalized, callbacks), so that a program probing
for them behaves as on PyPy.
"""
import gc as _hostgc
import sys as _hostsys

from refvm.objects import space, exceptions as E
from refvm.objects.model import W_Object, W_Instance, W_Type, typeof
from refvm.objects.functions import W_BuiltinFunction
from refvm.gc import instances
from refvm.gc.collector import Collector, seq_of, Keeper

_ATOMIC = (int, float, complex, str, bytes, bool, type(None))


def _collector():
    c = instances.COLLECTOR[0]
    if c is None:                        # gc used outside a run (tests of the module)
        c = Collector()
    return c


def collect(generation=2):
    if not isinstance(generation, int) or isinstance(generation, bool):
        raise space.oefmt(E.w_TypeError, "'%s' object cannot be interpreted as an integer"
                          % space.type_name(generation))
    if not 0 <= generation <= 2:
        raise space.oefmt(E.w_ValueError, "invalid generation")
    return _collector().collect(generation, explicit=True)


def enable():
    _collector().enabled = True


def disable():
    _collector().enabled = False


def isenabled():
    return _collector().enabled


def get_count():
    c = _collector()
    c.recount()
    return tuple(c.count)


def get_threshold():
    return tuple(_collector().threshold)


def set_threshold(threshold0, *rest):
    if len(rest) > 2:
        raise space.oefmt(E.w_TypeError, "set_threshold() takes at most 3 arguments (%d given)"
                          % (1 + len(rest)))
    for v in (threshold0,) + rest:
        if not isinstance(v, int):
            raise space.oefmt(E.w_TypeError, "'%s' object cannot be interpreted as an integer"
                              % space.type_name(v))
    t = _collector().threshold
    t[0] = threshold0
    for i, v in enumerate(rest):
        t[i + 1] = v


def is_tracked(w):
    """CPython's answer: atomic values and containers of atomic values only are
    not tracked (a dict untracks while it holds only atomic keys and values)."""
    c = w.__class__
    if isinstance(w, _ATOMIC):
        return False
    if c is dict:
        return any(not isinstance(v, _ATOMIC) for kv in w.items() for v in kv)
    if c is tuple:
        return any(not isinstance(v, _ATOMIC) for v in w)
    if c in (list, set, frozenset, bytearray):
        return c is not bytearray
    if c in (range, slice):
        return False
    if isinstance(w, W_Instance) and w.w_type.name == "object" and w.w_type.is_builtin:
        return False        # (object's own instances have no GC header in CPython)
    return True


def is_finalized(w):
    if isinstance(w, W_Instance):
        x = getattr(w, "gc_extra", 0)
        return x.__class__ is int and x < 0
    return False


def get_referents(*objs):
    out = []
    for w in objs:
        out.extend(vm_referents(w))
    return out


def vm_referents(w):
    """The VM objects w holds directly, as CPython's tp_traverse would list them."""
    c = w.__class__
    if isinstance(w, W_Instance):
        out = []
        if w.w_dict:
            out.extend(w.w_dict.values())
        if w.slot_values:
            out.extend(v for v in w.slot_values if v.__class__.__name__ != "NULL")
        out.append(typeof(w))
        return out
    if c is dict:
        return [v for kv in w.items() for v in kv if not isinstance(v, _ATOMIC)]
    if c in (list, tuple, set, frozenset):
        return [v for v in w if not isinstance(v, _ATOMIC)]
    if isinstance(w, W_Type):
        return list(w.dict.values()) + list(w.mro) + list(w.bases) + [w.w_type]
    return []


def get_referrers(*objs):
    """VM objects that refer to any of objs: instances, containers, modules'
    namespaces (found through the host's gc, mapped back to VM objects)."""
    targets = set(id(o) for o in objs)
    out = []
    seen = set()
    for h in _hostgc.get_referrers(*objs):
        for w in _vm_owners(h):
            if id(w) in seen or id(w) in targets:
                continue
            if any(id(v) in targets for v in vm_referents(w)):
                seen.add(id(w))
                out.append(w)
    return out


def _vm_owners(h):
    """h itself if it is a VM value, or the instances whose attribute dict it is."""
    if isinstance(h, W_Instance) or h.__class__ in (list, tuple, set, frozenset):
        return [h]
    if h.__class__ is dict:
        owners = [o for o in _hostgc.get_referrers(h) if isinstance(o, W_Instance)
                  and o.w_dict is h]
        return owners or [h]
    return []


def make_gc():
    c = _collector()
    d = {
        "collect": W_BuiltinFunction("collect", collect),
        "enable": W_BuiltinFunction("enable", enable),
        "disable": W_BuiltinFunction("disable", disable),
        "isenabled": W_BuiltinFunction("isenabled", isenabled),
        "get_referents": W_BuiltinFunction("get_referents", get_referents),
        "get_referrers": W_BuiltinFunction("get_referrers", get_referrers),
        "garbage": [],
    }
    if c.mode == "tracing":
        return d
    d.update({
        "get_count": W_BuiltinFunction("get_count", get_count),
        "get_threshold": W_BuiltinFunction("get_threshold", get_threshold),
        "set_threshold": W_BuiltinFunction("set_threshold", set_threshold),
        "is_tracked": W_BuiltinFunction("is_tracked", is_tracked),
        "is_finalized": W_BuiltinFunction("is_finalized", is_finalized),
        "callbacks": c.w_callbacks,
        "DEBUG_STATS": 1, "DEBUG_COLLECTABLE": 2, "DEBUG_UNCOLLECTABLE": 4,
        "DEBUG_SAVEALL": 32, "DEBUG_LEAK": 38,
        "get_debug": W_BuiltinFunction("get_debug", lambda: 0),
        "set_debug": W_BuiltinFunction("set_debug", lambda flags: None),
    })
    return d


# ---------------------------------------------------------------- sys.getrefcount

# References refvm's call path holds while the builtin runs, beyond CPython's
# (the object's own references + the argument): the CALL instruction's argument
# list, call_host's argument tuple and this function's parameter.  Checked by
# tests/refvm/gc/test_gc_module.py against CPython's counts.
CALL_PATH_REFS = 3


def getrefcount(w):
    """CPython's count on a CPython host: the host's count minus the references
    refvm's call path holds.  (Not offered in tracing mode, as on PyPy.)"""
    return _hostsys.getrefcount(w) - CALL_PATH_REFS


def sys_entries(mode):
    """What sys gains under this GC mode."""
    if mode == "tracing" or not hasattr(_hostsys, "getrefcount"):
        return {}
    return {"getrefcount": W_BuiltinFunction("getrefcount", getrefcount)}
