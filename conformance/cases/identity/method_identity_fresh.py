# ---
# features: [identity, implementation-defined, attributes]
# dialect: py3
# description: a bound method's id may repeat once the previous bound method is freed
# outcomes:
#   reused: "True\n"
#   not-reused: "False\n"
# ---
class A:
    def m(self):
        pass
a = A()
print(id(a.m) == id(a.m))
