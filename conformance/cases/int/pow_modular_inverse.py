# ---
# features: [int, numbers]
# dialect: py3
# description: pow(a, -1, m) computes the modular inverse
# ---
print(pow(3, -1, 7))
print(pow(38, -1, 97))
try:
    pow(2, -1, 4)
except ValueError:
    print("ValueError")
