# ---
# features: [builtins, sequences]
# dialect: py3
# description: range with a negative step counts down
# ---
print(list(range(5, 0, -2)))
print(list(range(0, 5, -1)))
try:
    range(0, 5, 0)
except ValueError:
    print("ValueError")
