# ---
# features: [comparisons, comparisons, sequences]
# dialect: py2+3
# description: lists and tuples compare lexicographically
# ---
print([1, 2, 3] < [1, 2, 4])
print([1, 2] < [1, 2, 0])
print((1, "b") > (1, "a"))
print([] < [0])
print((2,) > (1, 99))
