# ---
# features: [closures, scoping]
# dialect: py2+3
# description: closures created in a loop see the variable's final value
# ---
fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
