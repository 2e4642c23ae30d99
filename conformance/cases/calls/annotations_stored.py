# ---
# features: [calls, functions]
# dialect: py3
# description: annotations are stored in __annotations__ and not enforced
# ---
def f(a: int, b: "str" = "x") -> list:
    return a
print(f("not an int"))
print(sorted(f.__annotations__))
