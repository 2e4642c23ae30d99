# ---
# features: [lists, containers]
# dialect: py3
# description: sort calls the key function once per element
# ---
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key))
print(len(calls))
