# ---
# features: [binary-ops, operator-dispatch, mro]
# dialect: py2+3
# description: __add__ inherited through several bases is found along the MRO
# ---
class Base(object):
    def __add__(self, other):
        return "Base.__add__ on " + type(self).__name__
class Mid(Base):
    pass
class Leaf(Mid):
    pass
print(Leaf() + 1)
