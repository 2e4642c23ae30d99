# ---
# features: [number-formatting, formatting, strings]
# dialect: py3
# description: f-strings evaluate expressions with format specs
# ---
n = 7
w = 6
print(f"{n}")
print(f"{n:>{w}}|")
print(f"{n * 2!r}")
print(f"{'nested'}")
print(f"{3.14159:.3}")
