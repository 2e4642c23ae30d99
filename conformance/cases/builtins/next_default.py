# ---
# features: [builtins, iteration]
# dialect: py3
# description: next() with a default does not raise at the end
# ---
it = iter([1])
print(next(it, "end"))
print(next(it, "end"))
