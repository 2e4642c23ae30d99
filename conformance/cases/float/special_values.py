# ---
# features: [float, numbers]
# dialect: py2+3
# description: inf and nan arithmetic
# ---
inf = float("inf")
nan = float("nan")
print(inf + 1)
print(-inf)
print(inf - inf)
print(nan == nan)
print(inf > 10 ** 300)
