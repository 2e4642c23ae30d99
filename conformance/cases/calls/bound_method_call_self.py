# ---
# features: [calls, functions, attributes]
# dialect: py2+3
# description: calling a bound method passes the instance first
# ---
class A(object):
    def m(self, x):
        return (self.tag, x)
a = A()
a.tag = "t"
m = a.m
print(m(1))
print(A.m(a, 2))
