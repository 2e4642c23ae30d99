# ---
# features: [builtins, iteration]
# dialect: py3
# description: zip(strict=True) raises when lengths differ
# ---
try:
    list(zip([1, 2], [1], strict=True))
except ValueError:
    print("ValueError")
