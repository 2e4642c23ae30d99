# ---
# features: [comprehensions, iteration]
# dialect: py2+3
# description: a conditional expression maps each element
# ---
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
