# ---
# features: [generators, iteration, closures]
# dialect: py3
# description: values yielded are computed when the generator resumes
# ---
def g():
    for i in range(3):
        yield lambda: i
fs = list(g())
print([f() for f in fs])
