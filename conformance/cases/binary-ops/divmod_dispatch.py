# ---
# features: [binary-ops, operator-dispatch]
# dialect: py3
# description: divmod uses __divmod__ then __rdivmod__
# ---
class L:
    def __divmod__(self, o):
        return NotImplemented
class R:
    def __rdivmod__(self, o):
        return ("rdivmod", type(o).__name__)
print(divmod(L(), R()))
print(divmod(17, 5))
print(divmod(-17, 5))
