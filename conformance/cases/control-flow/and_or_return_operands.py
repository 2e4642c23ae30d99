# ---
# features: [control-flow, truthiness]
# dialect: py2+3
# description: and/or return one of their operands, not a bool
# ---
print(0 or "x")
print("a" and "b")
print([] and 1)
print(None or 0 or "last")
print(repr("" or []))
