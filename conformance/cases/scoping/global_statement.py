# ---
# features: [scoping, scoping]
# dialect: py2+3
# description: the global statement rebinds the module-level name
# ---
count = 0
def bump():
    global count
    count += 1
bump()
bump()
print(count)
