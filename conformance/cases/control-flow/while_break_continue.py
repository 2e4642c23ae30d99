# ---
# features: [control-flow, loops]
# dialect: py2+3
# description: continue skips to the next iteration and break leaves the loop
# ---
out = []
n = 0
while True:
    n += 1
    if n % 2:
        continue
    if n > 8:
        break
    out.append(n)
print(out)
