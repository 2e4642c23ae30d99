# ---
# features: [imports, modules]
# dialect: py3
# description: importlib.import_module imports by name, including relative names with a package
# ---
import importlib
m = importlib.import_module("json")
print(m.dumps([1, 2]))
sub = importlib.import_module(".decoder", "json")
print(sub.__name__)
