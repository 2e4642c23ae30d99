# ---
# features: [comparisons, evaluation-order]
# dialect: py2+3
# description: a chained comparison stops at the first false link
# ---
calls = []
def v(x):
    calls.append(x)
    return x
print(v(3) < v(2) < v(1))
print(calls)
