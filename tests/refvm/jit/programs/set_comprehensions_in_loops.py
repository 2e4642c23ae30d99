# Set comprehensions run by hot loops (their frames stay virtual since the
# empty BUILD_SET has a fast form): values that die inside them, exceptions
# raised from their bodies, hashing that runs VM code, and frames inspected.
import sys


class Noisy:
    live = 0

    def __init__(self, n):
        self.n = n
        Noisy.live += 1

    def __hash__(self):
        return self.n % 3

    def __eq__(self, other):
        return isinstance(other, Noisy) and self.n % 3 == other.n % 3

    def __del__(self):
        Noisy.live -= 1
        print("del", self.n)


def sizes(n):
    vec = [3, 1, 6, 2, 5, 0, 4]
    t = 0
    for _ in range(n):
        t += len({vec[i] + i for i in range(7)})
    return t


def with_objects(n):
    out = []
    for k in range(n):
        s = {Noisy(k * 10 + j) for j in range(4)}
        out.append(sorted(x.n for x in s))
        s = None
        out.append(Noisy.live)
    return out


def raising(n):
    got = []
    for k in range(n):
        try:
            got.append(len({10 // (j - k % 5) for j in range(6)}))
        except ZeroDivisionError as e:
            got.append(("zero", k, e.__traceback__.tb_next.tb_frame.f_code.co_name))
    return got


def looking(n):
    names = []
    for k in range(n):
        s = {sys._getframe(0).f_code.co_name + str(j) for j in range(2)}
        names.append(sorted(s))
    return names[-1], len(names)


def nested(n):
    total = 0
    for k in range(n):
        total += len({(a, b) for a in range(3) for b in {k % 4, 5}})
    return total


print(sizes(200))
print(with_objects(3))
print(raising(12))
print(looking(5))
print(nested(50))
