# ---
# features: [super, classes]
# dialect: py3
# description: a super object exposes __thisclass__ and __self__
# ---
class A: pass
class B(A):
    def s(self):
        return super()
b = B()
s = b.s()
print(s.__thisclass__.__name__)
print(s.__self__ is b)
print(s.__self_class__.__name__)
