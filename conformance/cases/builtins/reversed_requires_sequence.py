# ---
# features: [builtins, iteration]
# dialect: py3
# description: reversed() uses __reversed__ or __len__ and __getitem__
# ---
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
class Rev:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Seq())))
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError:
    print("TypeError")
