# ---
# features: [builtins, iteration]
# dialect: py2+3
# description: any and all stop at the deciding element
# ---
seen = []
def it(values):
    for v in values:
        seen.append(v)
        yield v
print(any(it([0, 1, 2])))
print(all(it([1, 0, 2])))
print(seen)
print(any([]))
print(all([]))
