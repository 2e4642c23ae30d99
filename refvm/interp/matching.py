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


def _wild(p):
    """A pattern that matches anything and binds nothing (`_`)."""
    return p[0] == "as" and p[1] is None and p[2] is None


def _match_sequence(w, items, star, values, binds):
    """CPython 3.11's compiler_pattern_sequence, call for call: the length
    check (none for `[*x]`), then all-wildcard patterns take nothing, a
    wildcard star (`[a, *_, b]`) takes each other item by subscript (an item
    after the star at len() - k, len() asked each time) and matches it before
    taking the next, and any other pattern unpacks the subject by iteration
    (UNPACK_SEQUENCE / UNPACK_EX) before matching the items in order."""
    if not _is_sequence(w):
        return False
    size = len(items)
    if star < 0:
        if space.len(w) != size:
            return False
    elif size - 1 and space.len(w) < size - 1:
        return False
    star_wild = star >= 0 and items[star][1] is None
    if all(_wild(p) for i, p in enumerate(items) if i != star) and (star < 0 or star_wild):
        return True
    if star_wild:
        for i, p in enumerate(items):
            if i == star or _wild(p):
                continue
            w_i = space.getitem(w, i if i < star else space.len(w) - (size - i))
            if not _match(w_i, p, values, binds):
                return False
        return True
    from refvm.interp.instructions import unpack_exactly, unpack_starred
    got = unpack_exactly(w, size) if star < 0 else unpack_starred(w, star, size - star - 1)
    for i, p in enumerate(items):
        if i == star:
            binds[p[1]] = got[i]
        elif not _match(got[i], p, values, binds):
            return False
    return True


def _match_mapping(w, keys, subs, rest, values, binds):
    """CPython 3.11's compiler_pattern_mapping and MATCH_KEYS: `{}` takes
    nothing; keys need len() >= their number, the mapping's `get` looked up
    once and called with each key and a fresh object() (no __missing__),
    duplicates found as a set finds them; the values match in order; `**rest`
    is dict.update(subject) less the keys."""
    if not _is_mapping(w):
        return False
    if not keys and rest is None:
        return True
    if keys and space.len(w) < len(keys):
        return False
    found = []
    seen = set()
    if keys:
        w_get = space.getattr(w, "get")
        from refvm.objects.typeobject import w_object
        w_dummy = space.call(w_object, [])
        for k in keys:
            w_key = values[k]
            try:
                dup = w_key in seen
                seen.add(w_key)
            except TypeError as e:
                raise space.wrap_host_exception(e)
            if dup:
                raise space.oefmt(E.w_ValueError, "mapping pattern checks duplicate key (%s)"
                                  % space.repr(w_key))
            w_v = space.call(w_get, [w_key, w_dummy])
            if w_v is w_dummy:
                return False
            found.append(w_v)
        w_dummy = None
    for w_v, sub in zip(found, subs):
        if not _match(w_v, sub, values, binds):
            return False
    if rest is not None:
        from refvm.objects.containers import update_from
        w_rest = {}
        update_from(w_rest, w)
        for k in keys:
            space.delitem(w_rest, values[k])
        binds[rest] = w_rest
    return True


def _match_class(w, w_cls, pos, attrs, kw, values, binds):
    """CPython 3.11's MATCH_CLASS (match_class in ceval.c): the isinstance
    check, then every attribute the sub-patterns name read in order (a
    positional pattern's through __match_args__, each name checked against the
    ones before it as it comes; a missing one ends the match there), and only
    then the sub-patterns matched against them in order."""
    from refvm.builtins import isinstance_
    if w_cls.__class__ is not W_Type:
        raise space.oefmt(E.w_TypeError, "called match pattern must be a class")
    if not isinstance_(w, w_cls):
        return False
    got = []
    seen = set()

    def attr(name):
        if name in seen:
            raise space.oefmt(E.w_TypeError, "%s() got multiple sub-patterns for attribute %s"
                              % (w_cls.name, space.repr(name)))
        seen.add(name)
        w_v = space.getattr_or_null(w, name)
        if w_v is NULL:
            return False
        got.append(w_v)
        return True

    if pos:
        w_args = space.getattr_or_null(w_cls, "__match_args__")
        match_self = False
        if w_args is NULL:
            w_args = ()
            match_self = any(t.name in _MATCH_SELF and t.is_builtin for t in w_cls.mro)
        elif w_args.__class__ is not tuple:
            raise space.oefmt(E.w_TypeError, "%s.__match_args__ must be a tuple (got %s)"
                              % (w_cls.name, space.type_name(w_args)))
        allowed = 1 if match_self else len(w_args)
        if allowed < len(pos):
            raise space.oefmt(E.w_TypeError, "%s() accepts %d positional sub-pattern%s "
                              "(%d given)" % (w_cls.name, allowed, "" if allowed == 1 else "s",
                                              len(pos)))
        if match_self:
            got.append(w)
        else:
            for w_name in w_args[:len(pos)]:
                if w_name.__class__ is not str:
                    raise space.oefmt(E.w_TypeError, "__match_args__ elements must be strings "
                                      "(got %s)" % space.type_name(w_name))
                if not attr(w_name):
                    return False
    for name in attrs:
        if not attr(name):
            return False
    for w_v, sub in zip(got, tuple(pos) + tuple(kw)):
        if not _match(w_v, sub, values, binds):
            return False
    return True
