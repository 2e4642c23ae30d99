"""inspect, the part programs under test use, written in Python and run by refvm.
getgeneratorstate follows CPython 3.11's Lib/inspect.py logic (gi_running, then
gi_suspended, then gi_frame)."""
import types as _types

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def isclass(obj):
    return isinstance(obj, type)


def isfunction(obj):
    return isinstance(obj, _types.FunctionType)


def ismethod(obj):
    return isinstance(obj, _types.MethodType)


def isgenerator(obj):
    return isinstance(obj, _types.GeneratorType)


def isgeneratorfunction(obj):
    return isfunction(obj) and bool(obj.__code__.co_flags & 0x20)


def ismodule(obj):
    return isinstance(obj, _types.ModuleType)


def isbuiltin(obj):
    return isinstance(obj, _types.BuiltinFunctionType)


# ---------------------------------------------------------------- signatures
# inspect.signature for Python functions and classes (dataclasses writes a
# class's signature into its __doc__); refvm's builtins have none (ValueError,
# as CPython's for a builtin without __text_signature__).

class _Empty:
    """The marker of a missing default or annotation."""


class Parameter:
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4
    empty = _Empty

    def __init__(self, name, kind, *, default=_Empty, annotation=_Empty):
        self.name = name
        self.kind = kind
        self.default = default
        self.annotation = annotation

    def __str__(self):
        text = self.name
        if self.annotation is not _Empty:
            text = "%s: %s" % (text, formatannotation(self.annotation))
        if self.default is not _Empty:
            text = "%s%s%r" % (text, " = " if self.annotation is not _Empty else "=",
                               self.default)
        if self.kind == self.VAR_POSITIONAL:
            text = "*" + text
        elif self.kind == self.VAR_KEYWORD:
            text = "**" + text
        return text

    def __repr__(self):
        return '<Parameter "%s">' % self


class Signature:
    empty = _Empty

    def __init__(self, parameters=None, *, return_annotation=_Empty):
        self.parameters = {p.name: p for p in (parameters or ())}
        self.return_annotation = return_annotation

    def __str__(self):
        parts = []
        star_written = False
        slash_after = None
        for k, p in enumerate(self.parameters.values()):
            if p.kind == Parameter.POSITIONAL_ONLY:
                slash_after = k
            if p.kind == Parameter.KEYWORD_ONLY and not star_written:
                parts.append("*")
                star_written = True
            if p.kind == Parameter.VAR_POSITIONAL:
                star_written = True
            parts.append(str(p))
        if slash_after is not None:
            parts.insert(slash_after + 1, "/")
        text = "(%s)" % ", ".join(parts)
        if self.return_annotation is not _Empty:
            text += " -> %s" % formatannotation(self.return_annotation)
        return text

    def __repr__(self):
        return "<Signature %s>" % self


def formatannotation(annotation):
    if isinstance(annotation, type) and not hasattr(annotation, "__origin__"):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return "%s.%s" % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _function_signature(func, skip_first=False):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    ann = getattr(func, "__annotations__", {}) or {}
    params = []
    first_default = npos - len(defaults)
    for i in range(npos):
        kind = Parameter.POSITIONAL_ONLY if i < nposonly else Parameter.POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _Empty
        params.append(Parameter(names[i], kind, default=default,
                                annotation=ann.get(names[i], _Empty)))
    at = npos + nkw
    if code.co_flags & 0x04:
        params.append(Parameter(names[at], Parameter.VAR_POSITIONAL,
                                annotation=ann.get(names[at], _Empty)))
        at += 1
    for i in range(npos, npos + nkw):
        params.append(Parameter(names[i], Parameter.KEYWORD_ONLY,
                                default=kwdefaults.get(names[i], _Empty),
                                annotation=ann.get(names[i], _Empty)))
    if code.co_flags & 0x08:
        params.append(Parameter(names[at], Parameter.VAR_KEYWORD,
                                annotation=ann.get(names[at], _Empty)))
    if skip_first and params and params[0].kind in (Parameter.POSITIONAL_ONLY,
                                                    Parameter.POSITIONAL_OR_KEYWORD):
        params = params[1:]
    return Signature(params, return_annotation=ann.get("return", _Empty))


def signature(obj):
    if isfunction(obj):
        return _function_signature(obj)
    if ismethod(obj):
        return _function_signature(obj.__func__, skip_first=True)
    if isclass(obj):
        init = getattr(obj, "__init__", None)
        if isfunction(init):
            return _function_signature(init, skip_first=True)
        raise ValueError("no signature found for builtin type %r" % (obj,))
    raise ValueError("no signature found for %r" % (obj,))
