# ---
# features: [number-formatting, formatting, strings]
# dialect: py3
# description: '!r, !s and !a conversions'
# ---
print("{!r}".format("x"))
print("{!s}".format(1.0))
print("{!a}".format("caf\u00e9"))
