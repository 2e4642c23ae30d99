# ---
# features: [builtins, operator-dispatch]
# dialect: py3
# description: bin/hex accept objects with __index__
# ---
class I:
    def __index__(self):
        return 10
print(bin(I()))
print(hex(I()))
