# ---
# features: [closures, scoping]
# dialect: py2+3
# description: a closure can mutate a captured list without nonlocal
# ---
def make():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add
add = make()
add("a")
print(add("b"))
