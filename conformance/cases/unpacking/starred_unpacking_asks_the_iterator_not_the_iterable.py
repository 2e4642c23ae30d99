# ---
# features: [unpacking, iteration]
# dialect: py3
# description: a starred assignment takes the items before the star one by one, then makes a list of the rest of the iterator, which asks the iterator's __length_hint__; the iterable's own __len__ is never called (CPython 3.11's unpack_iterable)
# ---
calls = []


class Counted:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        calls.append("len")
        return 99

    def __iter__(self):
        calls.append("iter")
        return Items(self.n)


class Items:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        calls.append("iter of the iterator")
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        calls.append("next")
        return self.i

    def __length_hint__(self):
        calls.append("hint")
        return self.n - self.i


for n in (0, 1, 3):
    for target in ("a, *b", "*a, b", "a, *b, c", "[*a]"):
        del calls[:]
        ns = {"x": Counted(n)}
        try:
            exec(target + " = x", ns)
            result = [ns[k] for k in "abc" if k in ns]
        except ValueError as e:
            result = "ValueError: %s" % e
        print(n, target, result, calls)
