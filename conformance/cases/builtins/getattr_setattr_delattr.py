# ---
# features: [builtins, attributes]
# dialect: py2+3
# description: the attribute builtins mirror the statements
# ---
class O(object):
    pass
o = O()
setattr(o, "v", 5)
print(getattr(o, "v"))
delattr(o, "v")
print(hasattr(o, "v"))
