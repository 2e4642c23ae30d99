# ---
# features: [generators, iteration]
# dialect: py2+3
# description: send() resumes the generator with a value for the yield expression
# ---
def g():
    total = 0
    while True:
        v = yield total
        total += v
it = g()
print(next(it))
print(it.send(5))
print(it.send(10))
