# ---
# features: [sets, containers, exceptions]
# dialect: py3
# description: changing a set while iterating raises RuntimeError
# ---
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError:
    print("RuntimeError")
