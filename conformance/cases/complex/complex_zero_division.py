# ---
# features: [complex, numbers, exceptions]
# dialect: py2+3
# description: dividing by complex zero raises ZeroDivisionError
# ---
try:
    (1 + 1j) / 0j
except ZeroDivisionError:
    print("ZeroDivisionError")
