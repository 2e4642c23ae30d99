# ---
# features: [builtins, formatting]
# dialect: py3
# description: print with sep and end
# ---
print(1, 2, 3, sep="-")
print("a", end="|")
print("b")
print()
print("x", "y", sep="")
