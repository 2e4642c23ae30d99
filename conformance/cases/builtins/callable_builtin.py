# ---
# features: [builtins, functions]
# dialect: py2+3
# description: callable() is true for functions, classes and objects with __call__
# ---
class C(object):
    def __call__(self):
        return "called"
print(callable(len))
print(callable(C))
print(callable(C()))
print(callable(5))
print(C()())
