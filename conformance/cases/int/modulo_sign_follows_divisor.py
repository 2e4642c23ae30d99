# ---
# features: [int, numbers]
# dialect: py2+3
# description: '% takes the sign of the divisor'
# ---
print(7 % 3)
print(-7 % 3)
print(7 % -3)
print(-7 % -3)
