# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: a left operand without __sub__ falls through to the right operand's __rsub__
# ---
class A(object):
    pass
class B(object):
    def __rsub__(self, other):
        return "B.__rsub__ got " + type(other).__name__
print(A() - B())
