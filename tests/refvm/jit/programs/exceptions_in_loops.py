# Exceptions raised inside traced loops: same handler, same traceback lines.
def div_all(xs):
    out = []
    for x in xs:
        try:
            out.append(100 // x)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out


def helper(d, k):
    return d[k] + 1


def lookups(d, keys):
    total = 0
    for k in keys:
        try:
            total += helper(d, k)
        except KeyError as e:
            total -= 1000
            print("missing", e)
    return total


def index_loop(items, n):
    i = 0
    s = 0
    while i < n:
        s += items[i]
        i += 1
    return s


print(div_all([5, 4, 0, 3, 0, 2] * 3))
print(lookups({"a": 1, "b": 2}, ["a", "b"] * 5 + ["zz"] + ["a"] * 3))
try:
    index_loop([1, 2, 3], 5)
except IndexError as e:
    print("IndexError", e)
for i in range(10):
    if i == 7:
        x = [1, 2][i]
