# ---
# features: [int, numbers]
# dialect: py3
# description: underscores are allowed in int literals and int() strings
# ---
print(1_000_000)
print(int("1_000"))
print(0x_ff)
try:
    int("1__0")
except ValueError:
    print("ValueError")
