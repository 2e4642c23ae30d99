# ---
# features: [calls, functions, operator-dispatch]
# dialect: py2+3
# description: calling an instance invokes the class's __call__
# ---
class Adder(object):
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
print(Adder(5)(10))
