# ---
# features: [calls, functions]
# dialect: py2+3
# description: lambdas are functions with an expression body
# ---
f = lambda x, y=2: x * y
print(f(3))
print(f.__name__)
print((lambda *a: len(a))(1, 2, 3))
