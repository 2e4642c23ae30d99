# ---
# features: [scoping, scoping, functions]
# dialect: py2+3
# description: default argument values are evaluated once, at definition
# ---
def f(acc=[]):
    acc.append(len(acc))
    return acc
f()
f()
print(f())
