# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: x.__radd__(y) is called with self=right, other=left
# ---
class N(object):
    def __init__(self, name):
        self.name = name
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return "%s.__radd__(%s)" % (self.name, other.name)
class M(object):
    def __init__(self, name):
        self.name = name
    def __add__(self, other):
        return NotImplemented
print(M("left") + N("right"))
