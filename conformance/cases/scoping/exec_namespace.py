# ---
# features: [scoping, scoping, builtins]
# dialect: py2+3
# description: exec with an explicit dict runs in that namespace
# ---
ns = {"a": 2}
exec("b = a * 21", ns)
print(ns["b"])
