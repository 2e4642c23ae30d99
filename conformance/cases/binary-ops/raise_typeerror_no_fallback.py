# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: a TypeError raised inside __add__ propagates instead of trying __radd__
# ---
class A(object):
    def __add__(self, other):
        raise TypeError("from A")
class B(object):
    def __radd__(self, other):
        return "B.__radd__"
try:
    print(A() + B())
except TypeError as e:
    print("TypeError " + str(e))
