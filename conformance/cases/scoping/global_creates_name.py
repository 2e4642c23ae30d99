# ---
# features: [scoping, scoping]
# dialect: py2+3
# description: assigning a global name inside a function creates it at module level
# ---
def make():
    global created
    created = "yes"
make()
print(created)
