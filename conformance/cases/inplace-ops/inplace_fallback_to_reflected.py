# ---
# features: [inplace-ops, operator-dispatch]
# dialect: py3
# description: every augmented assignment falls back to the right operand's reflected method
# ---
class R:
    def __radd__(self, o): return "radd"
    def __rsub__(self, o): return "rsub"
    def __rmul__(self, o): return "rmul"
    def __rtruediv__(self, o): return "rtruediv"
    def __rfloordiv__(self, o): return "rfloordiv"
    def __rmod__(self, o): return "rmod"
    def __rpow__(self, o): return "rpow"
    def __rlshift__(self, o): return "rlshift"
    def __rrshift__(self, o): return "rrshift"
    def __rand__(self, o): return "rand"
    def __rxor__(self, o): return "rxor"
    def __ror__(self, o): return "ror"
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "|="]:
    ns = {"x": 3, "R": R}
    exec("x " + op + " R()", ns)
    print(op, ns["x"])
