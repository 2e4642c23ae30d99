# ---
# features: [comparisons, comparisons, sets]
# dialect: py2+3
# description: set ordering operators mean subset and superset
# ---
a = set([1, 2])
b = set([1, 2, 3])
print(a < b)
print(a <= a)
print(b > a)
print(a < a)
print(set([1, 4]) < b)
print(set([1, 4]) > b)
