# ---
# features: [calls, functions, special-lookup]
# dialect: py3
# description: __call__ set on the instance is not used
# ---
class C:
    pass
c = C()
c.__call__ = lambda: "instance"
try:
    c()
except TypeError:
    print("TypeError")
