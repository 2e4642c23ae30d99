# ---
# features: [comparisons, evaluation-order]
# dialect: py2+3
# description: the middle operand of a chained comparison is evaluated once
# ---
calls = []
def mid():
    calls.append("mid")
    return 5
print(1 < mid() < 10)
print(len(calls))
