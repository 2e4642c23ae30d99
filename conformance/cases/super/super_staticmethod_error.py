# ---
# features: [super, classes]
# dialect: py3
# description: zero-argument super() in a staticmethod raises RuntimeError
# ---
class A:
    @staticmethod
    def s():
        return super().__init__
try:
    A.s()
except RuntimeError:
    print("RuntimeError")
