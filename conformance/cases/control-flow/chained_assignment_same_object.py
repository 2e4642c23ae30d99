# ---
# features: [control-flow, syntax]
# dialect: py2+3
# description: a = b = [] binds both names to one object
# ---
a = b = []
a.append(1)
print(b)
print(a is b)
