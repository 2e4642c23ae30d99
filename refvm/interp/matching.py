"""The match statement's patterns (PEP 634), tested at run time.

The compiler (codegen.visit_Match) calls MATCHER once per case with the
subject, the values the pattern names (evaluated when the case is reached)
and a constant description of the pattern (codegen._pattern_spec):

    ("value", i)                      subject == values[i]
    ("single", v)                     subject is v (None, True, False)
    ("as", pattern or None, name)     the pattern, then name = subject
    ("or", (pattern, ...))            the first alternative that matches
    ("seq", (pattern | ("star", name), ...), star index or -1)
    ("map", (value index of each key, ...), (pattern, ...), rest name)
    ("class", value index, (positional pattern, ...), (attr, ...), (pattern, ...))

It returns the captured values in the case's name order, or None.  What is
a sequence and a mapping, __match_args__, the builtin types that match
themselves positionally, and the errors are CPython 3.11's (ceval.c's
MATCH_CLASS, MATCH_KEYS, Py_TPFLAGS_SEQUENCE/MAPPING)."""
from refvm.objects import space, exceptions as E
from refvm.objects.functions import W_BuiltinFunction
from refvm.objects.model import NULL, W_Type

_MISSING = object()
# builtin types whose instances a one-positional class pattern matches whole
_MATCH_SELF = frozenset(["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int",
                         "list", "set", "str", "tuple"])


def match(w_subject, values, spec):
    names, pattern = spec
    binds = {}
    if not _match(w_subject, pattern, values, binds):
        return None
    return tuple(binds[n] for n in names)


MATCHER = W_BuiltinFunction("match", match)


def _match(w, p, values, binds):
    kind = p[0]
    if kind == "value":
        return space.truth(space.eq(w, values[p[1]]))
    if kind == "single":
        return w is p[1]
    if kind == "as":
        if p[1] is not None and not _match(w, p[1], values, binds):
            return False
        if p[2] is not None:
            binds[p[2]] = w
        return True
    if kind == "or":
        for alt in p[1]:
            trial = dict(binds)
            if _match(w, alt, values, trial):
                binds.update(trial)
                return True
        return False
    if kind == "seq":
        return _match_sequence(w, p[1], p[2], values, binds)
    if kind == "map":
        return _match_mapping(w, p[1], p[2], p[3], values, binds)
    return _match_class(w, values[p[1]], p[2], p[3], p[4], values, binds)


def _abc_instance(w, name):
    """isinstance(w, collections.abc.<name>) when the program has imported it
    (a class registered with or derived from the ABC)."""
    from refvm.importer import IMPORTER
    w_mod = IMPORTER.modules.get("collections.abc") if IMPORTER is not None else None
    w_abc = w_mod.w_dict.get(name) if w_mod is not None else None
    if w_abc is None:
        return False
    from refvm.builtins import isinstance_
    return isinstance_(w, w_abc)


def _is_sequence(w):
    c = w.__class__
    if c is list or c is tuple or c is range:
        return True
    if isinstance(w, (str, bytes, bytearray)):
        return False
    if isinstance(w, (list, tuple, range)):
        return True
    return _abc_instance(w, "Sequence")


def _is_mapping(w):
    if w.__class__ is dict or isinstance(w, dict):
        return True
    from refvm.objects.objecttype import W_MappingProxy
    if w.__class__ is W_MappingProxy:
        return True
    return _abc_instance(w, "Mapping")


def _match_sequence(w, items, star, values, binds):
    if not _is_sequence(w):
        return False
    n = space.len(w)
    if star < 0:
        if n != len(items):
            return False
        return all(_match(space.getitem(w, i), item, values, binds)
                   for i, item in enumerate(items))
    before, after = star, len(items) - star - 1
    if n < before + after:
        return False
    for i in range(before):
        if not _match(space.getitem(w, i), items[i], values, binds):
            return False
    name = items[star][1]
    if name is not None:
        binds[name] = [space.getitem(w, i) for i in range(before, n - after)]
    for k in range(after):
        if not _match(space.getitem(w, n - after + k), items[star + 1 + k], values, binds):
            return False
    return True


def _match_mapping(w, keys, subs, rest, values, binds):
    if not _is_mapping(w):
        return False
    if not keys and rest is None:
        return True
    if space.len(w) < len(keys):
        return False
    seen = []
    w_get = space.getattr(w, "get")
    found = []
    for k in keys:
        w_key = values[k]
        if any(space.eq_w(w_key, w_s) for w_s in seen):
            raise space.oefmt(E.w_ValueError, "mapping pattern checks duplicate key (%s)"
                              % space.repr(w_key))
        seen.append(w_key)
        w_v = space.call(w_get, [w_key, _MISSING])
        if w_v is _MISSING:
            return False
        found.append(w_v)
    for w_v, sub in zip(found, subs):
        if not _match(w_v, sub, values, binds):
            return False
    if rest is not None:
        w_rest = dict(space.unpack_iterable(space.call(space.getattr(w, "items"), []))) \
            if w.__class__ is not dict else dict(w)
        for w_key in seen:
            w_rest.pop(w_key, None)
        binds[rest] = w_rest
    return True


def _match_class(w, w_cls, pos, attrs, kw, values, binds):
    from refvm.builtins import isinstance_
    if w_cls.__class__ is not W_Type:
        raise space.oefmt(E.w_TypeError, "called match pattern must be a class")
    if not isinstance_(w, w_cls):
        return False
    names = []
    if pos:
        w_args = space.getattr_or_null(w_cls, "__match_args__")
        if w_args is NULL:
            if any(t.name in _MATCH_SELF and t.is_builtin for t in w_cls.mro):
                if len(pos) > 1:
                    raise space.oefmt(E.w_TypeError, "%s() accepts 1 positional sub-pattern "
                                      "(%d given)" % (w_cls.name, len(pos)))
                if not _match(w, pos[0], values, binds):
                    return False
                pos = ()
            else:
                raise space.oefmt(E.w_TypeError, "%s() accepts 0 positional sub-patterns "
                                  "(%d given)" % (w_cls.name, len(pos)))
        else:
            if w_args.__class__ is not tuple:
                raise space.oefmt(E.w_TypeError, "%s.__match_args__ must be a tuple (got %s)"
                                  % (w_cls.name, space.type_name(w_args)))
            if len(pos) > len(w_args):
                raise space.oefmt(E.w_TypeError, "%s() accepts %d positional sub-pattern%s "
                                  "(%d given)" % (w_cls.name, len(w_args),
                                                  "" if len(w_args) == 1 else "s", len(pos)))
            for w_name in w_args[:len(pos)]:
                if not isinstance(w_name, str):
                    raise space.oefmt(E.w_TypeError, "__match_args__ elements must be strings "
                                      "(got %s)" % space.type_name(w_name))
                names.append(w_name)
    pairs = list(zip(names, pos)) + list(zip(attrs, kw))
    seen = set()
    for name, _sub in pairs:
        if name in seen:
            raise space.oefmt(E.w_TypeError, "%s() got multiple sub-patterns for attribute %s"
                              % (w_cls.name, space.repr(name)))
        seen.add(name)
    for name, sub in pairs:
        w_v = space.getattr_or_null(w, name)
        if w_v is NULL or not _match(w_v, sub, values, binds):
            return False
    return True

