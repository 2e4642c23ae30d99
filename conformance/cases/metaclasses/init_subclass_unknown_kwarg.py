# ---
# features: [metaclasses, classes]
# dialect: py3
# description: an unexpected class keyword reaching object.__init_subclass__ raises TypeError
# ---
try:
    class A(foo=1):
        pass
except TypeError:
    print("TypeError")
