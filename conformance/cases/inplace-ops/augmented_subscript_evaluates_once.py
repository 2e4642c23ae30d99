# ---
# features: [inplace-ops, operator-dispatch, evaluation-order]
# dialect: py2+3
# description: a[f()] += 1 evaluates the subscript expression once
# ---
calls = []
def k():
    calls.append(1)
    return 0
a = [10]
a[k()] += 5
print(a)
print(len(calls))
