# ---
# features: [control-flow, syntax]
# dialect: py3
# description: := in a while condition
# ---
data = [3, 2, 1, 0, 5]
it = iter(data)
out = []
while (v := next(it)) != 0:
    out.append(v)
print(out)
