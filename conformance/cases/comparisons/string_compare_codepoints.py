# ---
# features: [comparisons, comparisons, strings]
# dialect: py3
# description: strings compare by code point
# ---
print("a" < "b")
print("Z" < "a")
print("abc" < "abd")
print("ab" < "abc")
print("\u00e9" > "z")
