# ---
# features: [strings, builtins]
# dialect: py2+3
# description: split with and without a separator, and maxsplit
# ---
print("a  b c".split())
print("a  b c".split(" "))
print("a,b,,c".split(",", 1))
print("  lead and trail  ".split())
print("".split())
print("".split(","))
print("a b c".rsplit(" ", 1))
