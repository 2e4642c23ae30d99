# ---
# features: [number-formatting, formatting, exceptions]
# dialect: py3
# description: formatting a float with d raises ValueError
# ---
try:
    format(1.0, "d")
except ValueError:
    print("ValueError")
