# ---
# features: [unpacking, assignment]
# dialect: py2+3
# description: unpacking can assign to attributes and subscripts
# ---
class O(object):
    pass
o = O()
d = {}
o.a, d["k"] = "attr", "item"
print(o.a)
print(d)
