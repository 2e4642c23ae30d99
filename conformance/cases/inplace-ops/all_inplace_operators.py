# ---
# features: [inplace-ops, operator-dispatch]
# dialect: py3
# description: every augmented assignment calls its own in-place method
# ---
class T:
    def __iadd__(self, o): return "iadd"
    def __isub__(self, o): return "isub"
    def __imul__(self, o): return "imul"
    def __imatmul__(self, o): return "imatmul"
    def __itruediv__(self, o): return "itruediv"
    def __ifloordiv__(self, o): return "ifloordiv"
    def __imod__(self, o): return "imod"
    def __ipow__(self, o): return "ipow"
    def __ilshift__(self, o): return "ilshift"
    def __irshift__(self, o): return "irshift"
    def __iand__(self, o): return "iand"
    def __ixor__(self, o): return "ixor"
    def __ior__(self, o): return "ior"
ops = ["+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "|="]
for op in ops:
    ns = {"t": T()}
    exec("t " + op + " 1", ns)
    print(op, ns["t"])
