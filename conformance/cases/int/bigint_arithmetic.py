# ---
# features: [int, numbers]
# dialect: py2+3
# description: integers have arbitrary precision
# ---
x = 2 ** 100
print(x)
print(x * x)
print(x // 3)
print(-x % 7)
