# ---
# features: [attribute-lookup, attributes, functions]
# dialect: py2+3
# description: functions accept arbitrary attributes
# ---
def f():
    pass
f.tag = "t"
print(f.tag)
print(f.__name__)
print(sorted(f.__dict__))
