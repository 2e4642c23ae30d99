# ---
# features: [context-managers, attributes]
# dialect: py2+3
# description: the with target can be an attribute
# ---
class Box(object):
    pass
class CM(object):
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        pass
box = Box()
with CM() as box.v:
    pass
print(box.v)
