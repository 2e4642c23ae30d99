# ---
# features: [binary-ops, operator-dispatch]
# dialect: py3
# description: three-argument pow passes the modulus to __pow__
# ---
class T:
    def __pow__(self, exp, mod=None):
        return "pow(%r, %r)" % (exp, mod)
print(pow(T(), 2, 7))
print(T() ** 2)
print(pow(3, 4, 5))
