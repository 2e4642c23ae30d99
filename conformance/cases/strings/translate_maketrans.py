# ---
# features: [strings, builtins]
# dialect: py3
# description: str.translate with a table from maketrans
# ---
t = str.maketrans("abc", "xyz", "d")
print("aabbccdd".translate(t))
print("hello".translate({ord("l"): None, ord("o"): "0"}))
