# ---
# features: [scoping, scoping, comprehensions]
# dialect: py3
# description: := in a comprehension binds in the containing scope
# ---
data = [1, 5, 9]
if any((big := v) > 4 for v in data):
    print(big)
total = [(last := x) for x in range(4)]
print(last)
