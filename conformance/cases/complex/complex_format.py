# ---
# features: [complex, numbers, formatting]
# dialect: py3
# description: complex values support format specs
# ---
z = complex(1.23456, -9.87)
print(format(z, ".2f"))
print("{:>20}".format(str(z)))
print(format(1j, ""))
