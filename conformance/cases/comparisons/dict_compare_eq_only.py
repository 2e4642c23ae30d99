# ---
# features: [comparisons, comparisons, dicts]
# dialect: py3
# description: dicts support == but not ordering
# ---
print({"a": 1} == {"a": 1})
print({"a": 1} == {"a": 2})
try:
    {} < {}
except TypeError:
    print("TypeError")
