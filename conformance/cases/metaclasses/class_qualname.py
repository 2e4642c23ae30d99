# ---
# features: [metaclasses, classes]
# dialect: py3
# description: __qualname__ reflects nesting
# ---
class Outer:
    class Inner:
        def m(self): pass
    def f(self):
        class Local: pass
        return Local
print(Outer.Inner.__qualname__)
print(Outer.Inner.m.__qualname__)
print(Outer().f().__qualname__)
