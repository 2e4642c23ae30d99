# ---
# features: [strings, builtins]
# dialect: py2+3
# description: find returns -1 where index raises ValueError
# ---
s = "banana"
print(s.find("an"))
print(s.rfind("an"))
print(s.find("x"))
print(s.count("a"))
print(s.count("ana"))
try:
    s.index("x")
except ValueError:
    print("ValueError")
