# ---
# features: [dicts, comparisons]
# dialect: py2+3
# description: dict equality ignores order
# ---
print({"a": 1, "b": 2} == {"b": 2, "a": 1})
print({"a": 1} == {"a": 1.0})
