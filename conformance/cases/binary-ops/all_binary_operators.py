# ---
# features: [binary-ops, operator-dispatch]
# dialect: py3
# description: every binary operator calls its own special method
# ---
class T:
    def __add__(self, o): return "add"
    def __sub__(self, o): return "sub"
    def __mul__(self, o): return "mul"
    def __matmul__(self, o): return "matmul"
    def __truediv__(self, o): return "truediv"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __divmod__(self, o): return "divmod"
    def __pow__(self, o, m=None): return "pow"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __and__(self, o): return "and"
    def __xor__(self, o): return "xor"
    def __or__(self, o): return "or"
t = T()
for r in [t + 1, t - 1, t * 1, t @ 1, t / 1, t // 1, t % 1, divmod(t, 1), t ** 1,
          t << 1, t >> 1, t & 1, t ^ 1, t | 1]:
    print(r)
