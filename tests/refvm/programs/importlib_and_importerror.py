import importlib, sys  # importlib.import_module and reload; ImportError attributes
m = importlib.import_module("json")
print(m.__name__, importlib.import_module("json") is m)
try:
    importlib.import_module(".x")
except TypeError as e:
    print("TypeError", e)
try:
    importlib.import_module("no_such_mod_diverge")
except ImportError as e:
    print(type(e).__name__, e.name)
import types
t = types.ModuleType("fake")
try:
    importlib.reload(t)
except ImportError as e:
    print("ImportError", e, e.name)
print(importlib.reload(sys) is sys)
e = ImportError("m", name="n")
e.name = "z"
print(e.name, e.msg, str(e))
import os
try:
    from os import nothing_here
except ImportError as e:
    print(e.name, e.msg is None)
