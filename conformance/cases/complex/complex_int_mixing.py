# ---
# features: [complex, numbers]
# dialect: py2+3
# description: ints and floats combine with complex to give complex
# ---
print(type(1 + 0j).__name__)
print(2 * (1 + 1j))
print(1.5 - 1j)
