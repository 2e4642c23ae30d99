# ---
# features: [exceptions, control-flow]
# dialect: py2+3
# description: the return expression is evaluated before finally runs
# ---
log = []
def f():
    try:
        return log.append("return expr") or "v"
    finally:
        log.append("finally")
print(f())
print(log)
