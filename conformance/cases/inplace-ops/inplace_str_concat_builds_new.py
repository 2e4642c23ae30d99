# ---
# features: [inplace-ops, operator-dispatch, strings]
# dialect: py2+3
# description: str += creates a new string; aliases keep the old value
# ---
s = "ab"
t = s
s += "cd"
print(s)
print(t)
