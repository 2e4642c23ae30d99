# ---
# features: [inplace-ops, operator-dispatch]
# dialect: py3
# description: '**= calls __ipow__ with the exponent only'
# ---
class T:
    def __ipow__(self, other, *rest):
        return "ipow args=%d" % (1 + len(rest))
t = T()
t **= 3
print(t)
