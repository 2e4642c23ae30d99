# ---
# features: [comparisons, comparisons]
# dialect: py2+3
# description: '`in` on a non-container raises TypeError'
# ---
try:
    1 in 5
except TypeError:
    print("TypeError")
