# ---
# features: [unary-ops, operator-dispatch, truthiness]
# dialect: py2+3
# description: '`not x` uses __bool__ (__nonzero__ on Python 2) and never a __not__ method'
# ---
class F(object):
    def __bool__(self):
        return False
    __nonzero__ = __bool__
    def __not__(self):
        return "never"
print(not F())
print(not not F())
