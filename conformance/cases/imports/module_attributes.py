# ---
# features: [imports, modules]
# dialect: py3
# description: a module object has __name__, __doc__ and __spec__
# ---
import types
m = types.ModuleType("made", "the doc")
print(m.__name__, m.__doc__)
print(m.__spec__)
