# ---
# features: [builtins, iteration]
# dialect: py3
# description: iter(callable, sentinel) calls until the sentinel appears
# ---
values = iter([1, 2, 3, 0, 4])
print(list(iter(lambda: next(values), 0)))
