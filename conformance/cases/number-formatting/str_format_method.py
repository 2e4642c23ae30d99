# ---
# features: [number-formatting, formatting, strings]
# dialect: py3
# description: str.format with positional, keyword, index and attribute fields
# ---
class P:
    x = 3
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name}={0}".format(5, name="k"))
print("{0[1]} {p.x}".format([9, 8], p=P))
print("{{literal}}".format())
