# ---
# features: [sets, containers, implementation-defined]
# dialect: py3
# description: 'set iteration order is implementation-defined: hash order (CPython) or insertion order (PyPy)'
# outcomes:
#   hash-order: "[1, 2, 3]\n"
#   insertion-order: "[3, 1, 2]\n"
# ---
print(list({3, 1, 2}))
