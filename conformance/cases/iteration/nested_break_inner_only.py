# ---
# features: [iteration, control-flow]
# dialect: py2+3
# description: break leaves only the innermost loop
# ---
out = []
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        out.append((i, j))
print(out)
