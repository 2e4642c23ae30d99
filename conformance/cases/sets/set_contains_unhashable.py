# ---
# features: [sets, containers, exceptions]
# dialect: py3
# description: testing membership of an unhashable item raises TypeError
# ---
try:
    [] in {1}
except TypeError:
    print("TypeError")
print(set() in {frozenset()})
