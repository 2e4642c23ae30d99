# ---
# features: [super, classes]
# dialect: py3
# description: super().__getitem__ reaches the base implementation
# ---
class L(list):
    def __getitem__(self, i):
        return ("L", super().__getitem__(i))
print(L([5, 6])[1])
