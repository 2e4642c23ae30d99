# ---
# features: [descriptors, attributes]
# dialect: py3
# description: a non-data descriptor can cache its value in the instance dict and is bypassed afterwards
# ---
calls = []
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        calls.append(1)
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value
class A:
    @Lazy
    def v(self):
        return 99
a = A()
print(a.v, a.v, a.v)
print(len(calls))
