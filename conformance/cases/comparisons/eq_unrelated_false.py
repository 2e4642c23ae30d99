# ---
# features: [comparisons, operator-dispatch]
# dialect: py2+3
# description: equality between unrelated types is False, not an error
# ---
print(1 == "1")
print([] == ())
print(None == 0)
print(1 != "1")
