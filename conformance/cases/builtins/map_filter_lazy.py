# ---
# features: [builtins, iteration]
# dialect: py3
# description: map and filter are lazy iterators
# ---
calls = []
m = map(lambda x: calls.append(x) or x * 2, [1, 2, 3])
print(calls)
print(next(m))
print(list(filter(None, [0, 1, "", "a", None])))
print(list(map(pow, [2, 3], [3, 2])))
