# ---
# features: [strings, builtins]
# dialect: py2+3
# description: replace with a maximum count
# ---
print("aaaa".replace("a", "b", 2))
print("abc".replace("", "-"))
print("hello".replace("l", ""))
