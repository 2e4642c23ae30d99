# ---
# features: [builtins, operator-dispatch]
# dialect: py2+3
# description: len() calls __len__ and requires a non-negative int
# ---
class L(object):
    def __len__(self):
        return 3
print(len(L()))
class Bad(object):
    def __len__(self):
        return "3"
try:
    len(Bad())
except TypeError:
    print("TypeError")
