# ---
# features: [comparisons, operator-dispatch]
# dialect: py3
# description: ordering unrelated types raises TypeError
# ---
for a, b in [(1, "1"), ([], ()), (None, 0), ({}, {})]:
    try:
        a < b
        print("no error")
    except TypeError:
        print("TypeError")
