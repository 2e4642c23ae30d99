# ---
# features: [calls, functions]
# dialect: py2+3
# description: a mutable default is shared between calls
# ---
def f(x, seen={}):
    seen[x] = len(seen)
    return sorted(seen.items())
f("a")
print(f("b"))
