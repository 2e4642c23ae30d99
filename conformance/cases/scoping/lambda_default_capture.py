# ---
# features: [scoping, scoping, closures]
# dialect: py2+3
# description: lambda default arguments capture the loop value
# ---
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
