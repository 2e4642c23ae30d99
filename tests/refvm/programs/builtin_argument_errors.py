# Builtin functions and types called with arguments they cannot take: CPython
# 3.11's words for each (PyArg_ParseTuple's, _PyArg_CheckPositional's, Argument
# Clinic's), which refvm gave in PyArg_ParseTuple's form, naming __new__ or its
# host functions, until 2026-12-05 (functions.CPYTHON_ARGUMENTS).
import builtins
names = ["bool", "int", "float", "str", "list", "tuple", "dict", "set", "frozenset", "complex",
         "bytes", "bytearray", "range", "slice", "enumerate", "zip", "map", "filter", "reversed",
         "object", "type", "property", "staticmethod", "classmethod", "super", "iter", "next",
         "len", "abs", "min", "max", "sum", "sorted", "any", "all", "repr", "hash", "id",
         "isinstance", "issubclass", "getattr", "setattr", "hasattr", "delattr", "divmod",
         "pow", "round", "chr", "ord", "hex", "oct", "bin", "format", "callable", "vars", "dir",
         "print", "input", "open", "memoryview"]


def outcome(f, args, kw):
    try:
        f(*args, **kw)
        return "ok"
    except TypeError as e:
        return "TypeError: %s" % e
    except Exception as e:
        return type(e).__name__


for n in names:
    f = getattr(builtins, n)
    for args, kw in (((1, 2, 3, 4, 5), {}), ((), {"bogus": 1}), ((), {})):
        if n == "input" and not args and not kw:
            continue
        print(n, len(args), sorted(kw), outcome(f, args, kw))


# methods of builtin types (CPython names a METH_VARARGS method alone, `count()`,
# and the others with their type, `list.append()`)

objs = {"list": [3, 1, 2], "str": "a,b", "dict": {1: 2}, "set": {1}, "tuple": (1, 2), "int": 5,
        "float": 1.5, "bytes": b"ab"}
for tname, o in objs.items():
    for m in sorted(dir(type(o))):
        if m.startswith("_") or m in ("fromkeys", "maketrans", "fromhex", "from_bytes"):
            continue
        f = getattr(o, m)
        if not callable(f):
            continue
        for args, kw in (((1, 2, 3, 4, 5), {}), ((), {"bogus": 1})):
            print(tname, m, len(args), sorted(kw), outcome(f, args, kw))
