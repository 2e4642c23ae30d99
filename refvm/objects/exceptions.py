"""The builtin exception hierarchy (CPython 3.11) and BaseException's methods."""
from refvm.errors import VMError
from refvm.objects import model, space
from refvm.objects.model import W_Object, NULL, typeof, refcount_death, REFCOUNTING_HOST
from refvm.objects.typeobject import builtin_type
from refvm.objects.functions import method, getset, staticmethod_


class W_BaseException(W_Object):
    # fields: the attributes CPython keeps in an exception's C struct (errno,
    # filename, msg, name, obj, encoding ...), not in its __dict__
    __slots__ = ("w_type", "w_dict", "args", "w_cause", "w_context", "suppress_context",
                 "w_traceback", "fields", "__weakref__")

    def __init__(self, w_type, args=()):
        self.w_type = w_type
        self.w_dict = {}
        self.fields = None
        self.args = tuple(args)
        self.w_cause = None
        self.w_context = None
        self.suppress_context = False
        self.w_traceback = None

    if REFCOUNTING_HOST:
        def __del__(self):
            # CPython's BaseException_clear lets go of the dict, the args, the
            # traceback, the cause and the context, in that order; the host
            # would free the slots in the sorted order of their names (args
            # first).  Not in the host's cycle collection, where a VM finalizer
            # may see it yet.
            if not refcount_death(self):
                return
            self.fields = None      # (a subclass's clear runs first: OSError_clear ...)
            self.w_dict = None
            self.args = None
            self.w_traceback = None
            self.w_cause = None
            self.w_context = None


w_BaseException = builtin_type("BaseException", host_class=W_BaseException)

# (name, base name) in definition order
HIERARCHY = """
SystemExit BaseException
KeyboardInterrupt BaseException
GeneratorExit BaseException
Exception BaseException
ArithmeticError Exception
FloatingPointError ArithmeticError
OverflowError ArithmeticError
ZeroDivisionError ArithmeticError
AssertionError Exception
AttributeError Exception
BufferError Exception
EOFError Exception
ImportError Exception
ModuleNotFoundError ImportError
LookupError Exception
IndexError LookupError
KeyError LookupError
MemoryError Exception
NameError Exception
UnboundLocalError NameError
OSError Exception
BlockingIOError OSError
ChildProcessError OSError
ConnectionError OSError
BrokenPipeError ConnectionError
ConnectionAbortedError ConnectionError
ConnectionRefusedError ConnectionError
ConnectionResetError ConnectionError
FileExistsError OSError
FileNotFoundError OSError
InterruptedError OSError
IsADirectoryError OSError
NotADirectoryError OSError
PermissionError OSError
ProcessLookupError OSError
TimeoutError OSError
ReferenceError Exception
RuntimeError Exception
NotImplementedError RuntimeError
RecursionError RuntimeError
StopAsyncIteration Exception
StopIteration Exception
SyntaxError Exception
IndentationError SyntaxError
TabError IndentationError
SystemError Exception
TypeError Exception
ValueError Exception
UnicodeError ValueError
UnicodeDecodeError UnicodeError
UnicodeEncodeError UnicodeError
UnicodeTranslateError UnicodeError
Warning Exception
BytesWarning Warning
DeprecationWarning Warning
EncodingWarning Warning
FutureWarning Warning
ImportWarning Warning
PendingDeprecationWarning Warning
ResourceWarning Warning
RuntimeWarning Warning
SyntaxWarning Warning
UnicodeWarning Warning
UserWarning Warning
"""

TYPES = {"BaseException": w_BaseException}
for _line in HIERARCHY.strip().splitlines():
    _name, _base = _line.split()
    TYPES[_name] = builtin_type(_name, TYPES[_base], host_class=W_BaseException)
    globals()["w_" + _name] = TYPES[_name]


# CPython 3.11's exception types whose instances have fields of their own
# (tp_basicsize larger than their base's; measured on 3.11.7): the others
# share their base's layout, so that two of them may be bases of one class
# (`class E(ArithmeticError, TypeError)`, _pydecimal's FloatOperation)
OWN_LAYOUT = frozenset(["BaseException", "AttributeError", "BaseExceptionGroup",
                        "ExceptionGroup", "ImportError", "NameError", "OSError",
                        "StopIteration", "SyntaxError", "SystemExit", "UnicodeDecodeError",
                        "UnicodeEncodeError", "UnicodeTranslateError"])
for _w in TYPES.values():
    _s = _w
    while _s.name not in OWN_LAYOUT:      # (BaseException ends every walk)
        _s = _s.bases[0]
    _w.solid = _s
ALIASES = {"EnvironmentError": "OSError", "IOError": "OSError"}


def new_exception(w_type, args):
    """Instantiate an exception type (user subclasses run their __new__/__init__)."""
    if w_type.is_builtin:
        return W_BaseException(w_type, args)
    w_e = space.call(w_type, list(args))
    return w_e


def from_cause(w_type, message, w_cause):
    """A new builtin exception raised from w_cause, as CPython's
    _PyErr_FormatFromCause makes it: w_cause its __cause__ and __context__."""
    w_new = W_BaseException(w_type, (message,))
    w_new.w_cause = w_cause
    w_new.w_context = w_cause
    w_new.suppress_context = True
    return w_new


def from_host(e):
    """The VM exception for a host exception raised by a host-implemented builtin."""
    for klass in type(e).__mro__:
        w_t = TYPES.get(klass.__name__)
        if w_t is not None:
            break
    else:
        w_t = w_SystemError
    if isinstance(e, StopIteration):
        return W_BaseException(w_t, (e.value,) if e.args else ())
    w_e = W_BaseException(w_t, e.args)
    if isinstance(e, UnicodeError):
        for attr in ("encoding", "object", "start", "end", "reason"):
            if hasattr(e, attr):
                fields(w_e)[attr] = getattr(e, attr)
    if isinstance(e, OSError):
        fields(w_e).update(errno=e.errno, strerror=e.strerror, filename=e.filename,
                           filename2=e.filename2)
    return w_e


def fields(w_e):
    """The exception's C-struct attributes (W_BaseException.fields), made on demand."""
    f = w_e.fields
    if f is None:
        f = w_e.fields = {}
    return f


def raise_(w_type, *args):
    raise VMError(W_BaseException(w_type, args))


# ------------------------------------------------------------------ methods

@staticmethod_(w_BaseException, "__new__")
def exc_new(w_cls, *args, **kwargs):
    w_e = W_BaseException(w_cls, args)
    return w_e


@method(w_BaseException, "__init__")
def exc_init(w_self, *args, **kwargs):
    if kwargs:
        # (BaseException_init's _PyArg_NoKeywords: the called type's name)
        raise space.oefmt(w_TypeError, "%s() takes no keyword arguments" % space.type_name(w_self))
    w_self.args = args
    return None


# OSError(errno, strerror[, filename[, winerror[, filename2]]]): the attributes, the
# subclass picked by errno when OSError itself is called (PEP 3151), and its str().

def _oserror_fill(w_e, args):
    """CPython's oserror_parse_args and oserror_init_: errno and strerror from
    2-5 arguments, the third a filename (for BlockingIOError a number is
    characters_written instead, and the arguments stay as given), the fifth
    filename2; args keep only the first two when a filename was taken."""
    d = fields(w_e)
    d["errno"] = d["strerror"] = d["filename"] = d["filename2"] = None
    d.pop("characters_written", None)
    if 2 <= len(args) <= 5:
        d["errno"], d["strerror"] = args[0], args[1]
        w_file = args[2] if len(args) > 2 else None
        if w_file is not None:
            if w_e.w_type is TYPES.get("BlockingIOError") and space.number_check(w_file):
                d["characters_written"] = space.index(w_file) if not isinstance(w_file, float) \
                    else int(w_file)
            else:
                d["filename"] = w_file
                if len(args) > 4 and args[4] is not None:
                    d["filename2"] = args[4]
                w_e.args = tuple(args[:2])


@staticmethod_(w_OSError, "__new__")
def oserror_new(w_cls, *args, **kwargs):
    if w_cls is w_OSError and 2 <= len(args) <= 5 and args[0].__class__ is int:
        w_cls = TYPES.get(type(OSError(args[0], "")).__name__, w_OSError)
    w_e = W_BaseException(w_cls, args)
    _oserror_fill(w_e, args)
    return w_e


@method(w_OSError, "__init__")
def oserror_init(w_self, *args, **kwargs):
    if kwargs:
        raise space.oefmt(w_TypeError, "%s() takes no keyword arguments" % space.type_name(w_self))
    w_self.args = tuple(args)
    _oserror_fill(w_self, args)
    return None


@method(w_OSError, "__str__")
def oserror_str(w_self):
    d = fields(w_self)
    errno, strerror = d.get("errno"), d.get("strerror")
    if d.get("filename2") is not None:
        return "[Errno %s] %s: %s -> %s" % (space.str(errno), space.str(strerror),
                                            space.repr(d["filename"]), space.repr(d["filename2"]))
    if d.get("filename") is not None:
        return "[Errno %s] %s: %s" % (space.str(errno), space.str(strerror), space.repr(d["filename"]))
    if errno is not None and strerror is not None:
        return "[Errno %s] %s" % (space.str(errno), space.str(strerror))
    return exc_str(w_self)


# ImportError(*args, name=None, path=None): the attributes CPython gives it

@method(w_ImportError, "__init__")
def importerror_init(w_self, *args, **kwargs):
    unknown = [k for k in kwargs if k not in ("name", "path")]
    if unknown:
        raise space.oefmt(w_TypeError, "'%s' is an invalid keyword argument for ImportError()"
                          % unknown[0])
    w_self.args = tuple(args)
    fields(w_self).update(msg=args[0] if len(args) == 1 else None, name=kwargs.get("name"),
                          path=kwargs.get("path"))
    return None


def import_error(w_type, msg, name, path=None):
    """An ImportError (or subclass) as refvm's importer raises it, attributes set."""
    w_e = W_BaseException(w_type, (msg,))
    fields(w_e).update(msg=msg, name=name, path=path)
    return w_e


def _dict_attrs(w_type, attrs):
    """Attributes an exception keeps in its fields (CPython's T_OBJECT members:
    None when never set, also for the exceptions refvm raises itself, and when
    deleted)."""
    for a in attrs:
        def get(w_e, a=a):
            f = w_e.fields
            return f.get(a) if f is not None else None

        def set_(w_e, w_v, a=a):
            fields(w_e)[a] = w_v

        def del_(w_e, a=a):
            fields(w_e)[a] = None
        getset(w_type, a, set_, del_)(get)


_dict_attrs(w_ImportError, ("name", "path", "msg"))


# AttributeError(*args, name=None, obj=None) and NameError(*args, name=None)
# (CPython 3.10+): what the failed lookup was; the traceback's "Did you mean"
# is computed from them (interp/traceback.py, suggestion)

def _keyword_attrs(w_type, attrs):
    def init(w_self, *args, **kwargs):
        unknown = [k for k in kwargs if k not in attrs]
        if unknown:
            raise space.oefmt(w_TypeError, "'%s' is an invalid keyword argument for %s()"
                              % (unknown[0], w_type.name))
        w_self.args = tuple(args)
        for a in attrs:
            fields(w_self)[a] = kwargs.get(a)
        return None
    method(w_type, "__init__")(init)
    _dict_attrs(w_type, attrs)


_keyword_attrs(w_AttributeError, ("name", "obj"))
_keyword_attrs(w_NameError, ("name",))


# UnicodeDecodeError(encoding, object, start, end, reason) and its kin: their
# arguments checked, their attributes and their str() as CPython's (the host's
# own exception, made from the attributes, words it)

def _unicode_error(w_type, host, attrs):
    def init(w_self, *args, **kwargs):
        try:
            h = host(*args, **kwargs)
        except TypeError as e:
            raise space.oefmt(w_TypeError, str(e))
        w_self.args = tuple(args)
        for a in ("encoding", "object", "start", "end", "reason"):
            fields(w_self)[a] = getattr(h, a, None)
        return None

    def str_(w_self):
        try:
            return str(host(*[fields(w_self).get(a) for a in attrs]))
        except (TypeError, ValueError, AttributeError):
            return exc_str(w_self)
    method(w_type, "__init__")(init)
    method(w_type, "__str__")(str_)


for _w_u in (w_UnicodeEncodeError, w_UnicodeDecodeError, w_UnicodeTranslateError):
    # (CPython's UnicodeError_members, on the three subclasses, not UnicodeError)
    _dict_attrs(_w_u, ("encoding", "object", "start", "end", "reason"))
_dict_attrs(w_OSError, ("errno", "strerror", "filename", "filename2"))


def _written_get(w_e):
    # (a getset of CPython's OSError: unset, it raises with the name alone)
    w_v = fields(w_e).get("characters_written", NULL)
    if w_v is NULL:
        raise space.oefmt(w_AttributeError, "characters_written")
    return w_v


def _written_set(w_e, w_v):
    fields(w_e)["characters_written"] = space.index(w_v)


def _written_del(w_e):
    if fields(w_e).pop("characters_written", NULL) is NULL:
        raise space.oefmt(w_AttributeError, "characters_written")


getset(w_OSError, "characters_written", _written_set, _written_del)(_written_get)


_unicode_error(w_UnicodeDecodeError, UnicodeDecodeError,
               ("encoding", "object", "start", "end", "reason"))
_unicode_error(w_UnicodeEncodeError, UnicodeEncodeError,
               ("encoding", "object", "start", "end", "reason"))
_unicode_error(w_UnicodeTranslateError, UnicodeTranslateError,
               ("object", "start", "end", "reason"))


# SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])):
# the attributes and the str() CPython's SyntaxError_init and SyntaxError_str
# give (the str names the file by its last path component)

_SYNTAX_ATTRS = ("msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
                 "print_file_and_line")


@method(w_SyntaxError, "__init__")
def syntaxerror_init(w_self, *args, **kwargs):
    if kwargs:
        raise space.oefmt(w_TypeError, "%s() takes no keyword arguments" % space.type_name(w_self))
    w_self.args = args
    d = fields(w_self)
    if args:
        d["msg"] = args[0]
    if len(args) == 2:
        info = tuple(space.unpack_iterable(args[1]))
        if not 4 <= len(info) <= 6:
            raise space.oefmt(w_TypeError, "function takes at %s (%d given)" % (
                "least 4 arguments" if len(info) < 4 else "most 6 arguments", len(info)))
        for name, w_v in zip(_SYNTAX_ATTRS[1:], info):
            d[name] = w_v
    return None


@method(w_SyntaxError, "__str__")
def syntaxerror_str(w_self):
    d = fields(w_self)
    w_msg = d.get("msg")
    text = space.str(w_msg)
    filename = d.get("filename")
    filename = filename.rpartition("/")[2] if isinstance(filename, str) else None
    lineno = d.get("lineno")
    has_line = lineno.__class__ is int
    if filename and has_line:
        return "%s (%s, line %d)" % (text, filename, lineno)
    if filename:
        return "%s (%s)" % (text, filename)
    if has_line:
        return "%s (line %d)" % (text, lineno)
    return text


_dict_attrs(w_SyntaxError, _SYNTAX_ATTRS)


def lookup_error(w_type, msg, name, w_obj=NULL):
    """The AttributeError or NameError of a failed lookup, its name (and obj) set."""
    w_e = W_BaseException(w_type, (msg,))
    d = fields(w_e)
    d["name"] = name
    if w_obj is not NULL:
        d["obj"] = w_obj
    return w_e


@method(w_BaseException, "__str__")
def exc_str(w_self):
    a = w_self.args
    if len(a) == 0:
        return ""
    if len(a) == 1:
        return space.str(a[0])
    return space.str(a)


@method(w_BaseException, "__repr__")
def exc_repr(w_self):
    name = typeof(w_self).name
    a = w_self.args
    if len(a) == 1:
        return "%s(%s)" % (name, space.repr(a[0]))
    return name + space.repr(a) if a else name + "()"


@method(w_BaseException, "add_note")
def exc_add_note(w_self, w_note):
    """PEP 678 (3.11): notes the traceback prints after the message."""
    if not isinstance(w_note, str):
        raise space.oefmt(w_TypeError, "note must be a str, not '%s'" % space.type_name(w_note))
    w_notes = space.getattr_or_null(w_self, "__notes__")
    if w_notes is NULL:
        w_notes = []
        space.setattr(w_self, "__notes__", w_notes)
    if not isinstance(w_notes, list):
        raise space.oefmt(w_TypeError, "Cannot add note: __notes__ is not a list")
    w_notes.append(w_note)
    return None


@method(w_BaseException, "with_traceback")
def exc_with_traceback(w_self, w_tb):
    _set_tb(w_self, w_tb)
    return w_self


def _get_args(w_self):
    return w_self.args


def _set_args(w_self, w_v):
    w_self.args = tuple(space.unpack_iterable(w_v))


getset(w_BaseException, "args", _set_args)(_get_args)


def _set_cause(w_self, w_v):
    if w_v is not None and not space.isinstance_w(w_v, w_BaseException):
        raise space.oefmt(w_TypeError, "exception cause must be None or derive from BaseException")
    w_self.w_cause = w_v
    w_self.suppress_context = True


getset(w_BaseException, "__cause__", _set_cause)(lambda w: w.w_cause)


def _set_context(w_self, w_v):
    if w_v is not None and not space.isinstance_w(w_v, w_BaseException):
        raise space.oefmt(w_TypeError, "exception context must be None or derive from "
                          "BaseException")
    w_self.w_context = w_v


getset(w_BaseException, "__context__", _set_context)(lambda w: w.w_context)


def _set_suppress(w_self, w_v):
    if w_v is not True and w_v is not False:
        raise space.oefmt(w_TypeError, "attribute value type must be bool")
    w_self.suppress_context = w_v


getset(w_BaseException, "__suppress_context__", _set_suppress)(lambda w: w.suppress_context)


def _set_tb(w_self, w_v):
    from refvm.interp.traceback import W_Traceback
    if w_v is not None and w_v.__class__ is not W_Traceback:
        raise space.oefmt(w_TypeError, "__traceback__ must be a traceback or None")
    w_self.w_traceback = w_v


getset(w_BaseException, "__traceback__", _set_tb)(lambda w: w.w_traceback)
getset(w_BaseException, "__dict__")(lambda w: w.w_dict)


@method(w_KeyError, "__str__")
def keyerror_str(w_self):
    if len(w_self.args) == 1:
        return space.repr(w_self.args[0])
    return exc_str(w_self)


def _first_arg_or_none(a):
    return a[0] if a else None


def _exit_code(a):
    if len(a) == 0:
        return None
    if len(a) == 1:
        return a[0]
    return a


def _args_field(w_type, name, of_args):
    """StopIteration.value, SystemExit.code: set from the arguments by
    __init__ (later changes of args leave them), assignable; an exception
    refvm raises itself (no __init__ ran) answers from its args."""
    def init(w_self, *args, **kwargs):
        exc_init(w_self, *args, **kwargs)
        fields(w_self)[name] = of_args(args)
        return None

    def get(w_e):
        f = w_e.fields
        if f is not None and name in f:
            return f[name]
        return of_args(w_e.args)

    def set_(w_e, w_v):
        fields(w_e)[name] = w_v
    method(w_type, "__init__")(init)
    getset(w_type, name, set_, lambda w_e: set_(w_e, None))(get)


_args_field(w_StopIteration, "value", _first_arg_or_none)
_args_field(w_SystemExit, "code", _exit_code)
