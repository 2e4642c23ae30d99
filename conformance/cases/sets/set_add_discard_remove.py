# ---
# features: [sets, containers, exceptions]
# dialect: py2+3
# description: discard ignores missing items where remove raises KeyError
# ---
s = set()
s.add(1)
s.add(1)
s.discard(5)
print(len(s))
try:
    s.remove(5)
except KeyError:
    print("KeyError")
