# ---
# features: [binary-ops, operator-dispatch]
# dialect: py2+3
# description: the reflected method receives the left operand as its argument
# ---
class R(object):
    def __rsub__(self, other):
        return other * 10
print(7 - R())
