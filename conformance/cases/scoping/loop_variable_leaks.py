# ---
# features: [scoping, scoping]
# dialect: py2+3
# description: a for-loop variable keeps its last value after the loop
# ---
for i in range(5):
    pass
print(i)
