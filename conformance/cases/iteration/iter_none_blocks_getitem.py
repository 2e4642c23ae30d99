# ---
# features: [iteration, protocols]
# dialect: py3
# description: setting __iter__ = None makes an object non-iterable despite __getitem__
# ---
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError:
    print("TypeError")
