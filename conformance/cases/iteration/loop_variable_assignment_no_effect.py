# ---
# features: [iteration, control-flow]
# dialect: py2+3
# description: assigning to the loop variable does not change the iteration
# ---
out = []
for i in range(3):
    out.append(i)
    i = 10
print(out)
