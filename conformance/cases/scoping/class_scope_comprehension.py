# ---
# features: [scoping, scoping, comprehensions]
# dialect: py3
# description: a comprehension in a class body cannot see class-level names except the first iterable
# ---
class A:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        shifted = [i + len(items) for i in range(2)]
    except NameError:
        shifted = "NameError"
print(A.doubled)
print(A.shifted)
