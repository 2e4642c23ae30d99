# ---
# features: [comprehensions, evaluation-order]
# dialect: py3
# description: a dict comprehension evaluates the key before the value
# ---
log = []
def k(x):
    log.append("k%d" % x)
    return x
def v(x):
    log.append("v%d" % x)
    return x
{k(i): v(i) for i in range(2)}
print(log)
