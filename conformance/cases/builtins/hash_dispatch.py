# ---
# features: [builtins, hashing]
# dialect: py3
# description: hash() calls __hash__ and reduces large results
# ---
class H:
    def __hash__(self):
        return 10
print(hash(H()))
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(Big()) == hash(2 ** 100))
