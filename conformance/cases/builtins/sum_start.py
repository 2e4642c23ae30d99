# ---
# features: [builtins, functions]
# dialect: py3
# description: sum with a start value; strings are rejected
# ---
print(sum([1, 2, 3], 10))
print(sum([[1], [2]], []))
print(sum([0.5, 0.25]))
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError")
