# ---
# features: [exceptions, control-flow]
# dialect: py3
# description: continue inside finally is allowed and discards the exception
# ---
out = []
for i in range(3):
    try:
        if i == 1:
            raise ValueError
        out.append(i)
    finally:
        continue
print(out)
