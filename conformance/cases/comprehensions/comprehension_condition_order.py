# ---
# features: [comprehensions, evaluation-order]
# dialect: py2+3
# description: conditions are evaluated per element after its for clause
# ---
log = []
def cond(v):
    log.append(v)
    return v != 2
r = [v for v in range(4) if cond(v)]
print(r)
print(log)
