# ---
# features: [attribute-lookup, attributes, imports]
# dialect: py3
# description: a module-level __getattr__ is called for missing module attributes
# ---
import sys
import types
m = types.ModuleType("dyn")
m.__getattr__ = lambda name: "dyn." + name
m.real = 1
print(m.real)
print(m.anything)
