# ---
# features: [super, classes, closures]
# dialect: py3
# description: a comprehension in a method can use zero-argument super()
# ---
class A:
    def val(self, i):
        return i
class B(A):
    def vals(self):
        return [super(B, self).val(i) * 2 for i in range(3)]
print(B().vals())
