# ---
# features: [scoping, scoping, builtins]
# dialect: py2+3
# description: writing to globals() creates a module-level name
# ---
globals()["made"] = 123
print(made)
