# ---
# features: [unary-ops, operator-dispatch, builtins]
# dialect: py2+3
# description: abs() calls __abs__
# ---
class A(object):
    def __abs__(self):
        return "abs called"
print(abs(A()))
try:
    abs("x")
except TypeError:
    print("TypeError")
