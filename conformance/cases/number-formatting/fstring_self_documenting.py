# ---
# features: [number-formatting, formatting, strings]
# dialect: py3
# description: f"{expr=}" prints the expression and its repr
# ---
x = 41
print(f"{x + 1=}")
print(f"{'s'=}")
