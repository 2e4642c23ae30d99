# ---
# features: [descriptors, attributes]
# dialect: py2+3
# description: del obj.attr calls the descriptor's __delete__
# ---
class D(object):
    def __get__(self, obj, owner):
        return 1
    def __delete__(self, obj):
        print("delete called")
class A(object):
    x = D()
del A().x
