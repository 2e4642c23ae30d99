# ---
# features: [builtins, numbers]
# dialect: py3
# description: pow, divmod and abs on mixed numbers
# ---
print(pow(2, 10))
print(pow(2.0, 0.5))
print(divmod(7.5, 2))
print(abs(-2.5))
