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
for n in names:
    f = getattr(builtins, n)
    for args, kw in (((1, 2, 3, 4, 5), {}), ((), {"bogus": 1}), ((), {})):
        if n == "input" and not args and not kw:
            continue
        try:
            f(*args, **kw)
            r = "ok"
        except TypeError as e:
            r = "TypeError: %s" % e
        except Exception as e:
            r = "%s" % type(e).__name__
        print(n, len(args), sorted(kw), r)
