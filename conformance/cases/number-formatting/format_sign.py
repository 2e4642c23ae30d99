# ---
# features: [number-formatting, formatting]
# dialect: py3
# description: sign options +, - and space
# ---
for v in (5, -5):
    print("[" + format(v, "+") + "][" + format(v, "-") + "][" + format(v, " ") + "]")
print(format(0.0, "+.1f"))
