# ---
# features: [number-formatting, formatting]
# dialect: py3
# description: width, fill and alignment
# ---
print("[" + format(42, "8") + "]")
print("[" + format(42, "<8") + "]")
print("[" + format(42, "*^9") + "]")
print("[" + format("ab", ">5") + "]")
print("[" + format(-42, "=8") + "]")
print("[" + format(42, "08") + "]")
