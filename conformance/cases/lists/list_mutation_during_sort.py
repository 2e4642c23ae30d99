# ---
# features: [lists, containers, exceptions]
# dialect: py3
# description: modifying a list while it sorts raises ValueError
# ---
l = list(range(10))
def key(x):
    l.append(x)
    return x
try:
    l.sort(key=key)
except ValueError:
    print("ValueError")
