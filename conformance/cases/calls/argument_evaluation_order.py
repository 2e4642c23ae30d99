# ---
# features: [calls, functions, evaluation-order]
# dialect: py2+3
# description: arguments are evaluated left to right, the callee first
# ---
log = []
def t(x):
    log.append(x)
    return x
def f(*a, **k):
    return None
t(f)(t(1), t(2), k=t(3))
print(log[1:])
