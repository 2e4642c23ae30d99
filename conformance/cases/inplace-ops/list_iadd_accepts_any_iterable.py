# ---
# features: [inplace-ops, operator-dispatch, lists]
# dialect: py2+3
# description: list += takes any iterable while list + requires a list
# ---
a = [1]
a += (2, 3)
a += "xy"
print(a)
try:
    a = a + (4,)
except TypeError:
    print("TypeError")
