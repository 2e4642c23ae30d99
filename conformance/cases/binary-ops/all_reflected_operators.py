# ---
# features: [binary-ops, operator-dispatch]
# dialect: py3
# description: every binary operator falls back to its own reflected method
# ---
class T:
    def __radd__(self, o): return "radd"
    def __rsub__(self, o): return "rsub"
    def __rmul__(self, o): return "rmul"
    def __rmatmul__(self, o): return "rmatmul"
    def __rtruediv__(self, o): return "rtruediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rdivmod__(self, o): return "rdivmod"
    def __rpow__(self, o): return "rpow"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __rand__(self, o): return "rand"
    def __rxor__(self, o): return "rxor"
    def __ror__(self, o): return "ror"
t = T()
for r in [1 + t, 1 - t, 1 * t, 1 @ t, 1 / t, 1 // t, 1 % t, divmod(1, t), 1 ** t,
          1 << t, 1 >> t, 1 & t, 1 ^ t, 1 | t]:
    print(r)
