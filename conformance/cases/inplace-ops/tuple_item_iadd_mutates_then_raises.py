# ---
# features: [inplace-ops, operator-dispatch, tuples]
# dialect: py3
# description: t[0] += [x] on a tuple holding a list extends the list and then raises TypeError
# ---
t = ([1],)
try:
    t[0] += [2]
except TypeError:
    print("TypeError")
print(t)
