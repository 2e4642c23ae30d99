# ---
# features: [strings, builtins]
# dialect: py2+3
# description: partition and rpartition always return three parts
# ---
print("a=b=c".partition("="))
print("a=b=c".rpartition("="))
print("abc".partition("="))
