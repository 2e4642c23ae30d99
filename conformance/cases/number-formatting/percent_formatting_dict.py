# ---
# features: [number-formatting, formatting, strings]
# dialect: py2+3
# description: '% formatting with a mapping'
# ---
print("%(name)s is %(age)d" % {"name": "x", "age": 3})
