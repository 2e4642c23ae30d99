# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: 'int + custom object: int.__add__ returns NotImplemented and the custom __radd__ runs'
# ---
class Meters(object):
    def __init__(self, n):
        self.n = n
    def __radd__(self, other):
        return Meters(other + self.n)
m = 5 + Meters(3)
print(type(m).__name__)
print(m.n)
