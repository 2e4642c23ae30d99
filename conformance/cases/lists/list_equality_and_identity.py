# ---
# features: [lists, comparisons]
# dialect: py2+3
# description: lists compare by content
# ---
print([1, [2]] == [1, [2]])
print([1, 2] == (1, 2))
