# ---
# features: [attribute-lookup, attributes, builtins]
# dialect: py3
# description: dir() uses and sorts the result of __dir__
# ---
class A:
    def __dir__(self):
        return ["b", "a", "c"]
print(dir(A()))
