# ---
# features: [unpacking, containers]
# dialect: py3
# description: '* in list, tuple and set displays spreads iterables'
# ---
a = [1, 2]
print([0, *a, *"xy"])
print((*a, 3))
print(sorted({*a, *a, 5}))
