# ---
# features: [bytes, builtins]
# dialect: py3
# description: bytes(x) asks x's __bytes__ first and takes only bytes from it; bytearray(x) never asks __bytes__ (an object with only __bytes__ cannot become a bytearray), and neither treats __bytes__'s int as a size
# ---
class B:
    def __init__(self, r):
        self.r = r

    def __bytes__(self):
        return self.r


class MyBytes(bytes):
    pass


for r in (b"ab", MyBytes(b"cd"), bytearray(b"ef"), 3, "gh", [104]):
    for make in (bytes, bytearray):
        try:
            v = make(B(r))
            print(make.__name__, repr(r), type(v).__name__, v)
        except TypeError as e:
            print(make.__name__, repr(r), "TypeError")
