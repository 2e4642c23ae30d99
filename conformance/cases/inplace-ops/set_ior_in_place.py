# ---
# features: [inplace-ops, operator-dispatch, sets]
# dialect: py2+3
# description: set |= mutates in place and accepts only sets on the right
# ---
s = set([1])
t = s
s |= set([2])
print(sorted(t))
try:
    s |= [3]
except TypeError:
    print("TypeError")
