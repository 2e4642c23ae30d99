# ---
# features: [iteration, protocols]
# dialect: py2+3
# description: for calls __iter__ once and __next__ until StopIteration
# ---
class Count(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("iter")
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    next = __next__
for v in Count(3):
    print(v)
