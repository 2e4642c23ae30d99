# ---
# features: [control-flow, syntax]
# dialect: py2+3
# description: del removes names, items, slices and attributes
# ---
class O(object):
    pass
o = O()
o.a = 1
l = [0, 1, 2, 3]
d = {"k": 1}
x = 5
del o.a, l[0], d["k"], x
del l[1:]
print(hasattr(o, "a"))
print(l)
print(d)
try:
    x
except NameError:
    print("NameError")
