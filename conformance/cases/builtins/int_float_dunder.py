# ---
# features: [builtins, operator-dispatch]
# dialect: py3
# description: int() and float() call __int__/__index__ and __float__
# ---
class N:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 9
print(int(N()))
print(float(N()))
print(int(I()))
