# ---
# features: [attribute-lookup, attributes, builtins]
# dialect: py2+3
# description: dir() includes instance and class attributes, sorted
# ---
class A(object):
    cls_attr = 1
    def method(self):
        pass
a = A()
a.inst = 2
d = dir(a)
print([n for n in d if not n.startswith("__")])
print(d == sorted(d))
