# Generators consumed whole by builtins (list, set, tuple, str.join, sum): the
# JIT runs a generator's compiled step as a loop handing each value to the
# consumer (Jit.drain).  Values the consumer declines (sum of a non-number),
# None values, a generator that raises or returns part-way, finalizers of the
# values, exception state inside the generator, a generator resumed by next()
# before a builtin takes the rest, and generators draining other generators.


def evens_squared(n):
    for i in range(n):
        if i % 3:
            yield i * i


def pipeline(n):
    return sum(x for x in evens_squared(n) if x % 2)


print([pipeline(k) for k in (0, 1, 7, 300, 2000)])
print(sum(len(set(x % 11 for x in evens_squared(k))) for k in range(200)))
print(len(list(x for x in range(3000) if x % 7)), tuple(str(x) for x in range(5)))
print("-".join(str(x) for x in range(400) if x % 9 == 0)[:60])


class Money(object):
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("add", self.v, other)
        return Money(self.v + (other.v if isinstance(other, Money) else other))

    def __radd__(self, other):
        print("radd", other, self.v)
        return Money(other + self.v)


def mixed(n):
    for i in range(n):
        if i == n - 3:
            yield Money(i)                  # declined by sum's host additions
        elif i % 250 == 0:
            yield 0.5                       # int + float: the VM's `+`
        else:
            yield i
        yield True                          # bool: not an int for the host path


print(sum(mixed(1200)).v, sum(mixed(800), 0.25).v)
print(list(None if i % 4 else i for i in range(1600)).count(None))


def faulty(n):
    for i in range(n):
        if i == n - 1:
            raise ValueError("at %d" % i)
        yield i


for n in (5, 900, 1300):
    try:
        print(sum(faulty(n)))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(len(list(faulty(n))))
    except ValueError as e:
        print("ValueError", e)


def stops(n):
    for i in range(n):
        if i > 1000:
            return
        yield i


print(sum(stops(5000)), len(set(stops(1500))))

log = []


class Noisy(object):
    def __init__(self, k):
        self.k = k

    def __del__(self):
        log.append(self.k)


def noisy(n):
    for i in range(n):
        yield Noisy(i)


print(len([x.k for x in noisy(1500)]), log[:3], log[-3:], len(log))


def handler_inside(n):
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError:
            yield i
        yield -i


print(sum(handler_inside(700)))

g = evens_squared(3000)
first = [next(g), next(g), next(g)]
print(first, sum(g))


def outer(n):
    for k in range(n):
        yield sum(x for x in evens_squared(k % 30))


print(sum(outer(400)), list(outer(5)))


def collections_of(rows):
    # set/list/tuple/frozenset called on a generator in a hot loop (the trace
    # builds the host collection of the drained values): unhashable values, a
    # generator raising, VM objects hashed by their own __hash__
    out = []
    for k, row in enumerate(rows):
        try:
            s = set(x for x in row)
            out.append((len(s), len(list(x for x in row)), tuple(x for x in row)[:1],
                        len(frozenset(x for x in row))))
        except TypeError as e:
            out.append(("TypeError", str(e)))
        try:
            out.append(len(set(1 // (x - 3) for x in row if isinstance(x, int))))
        except ZeroDivisionError as e:
            out.append(("ZeroDivisionError", k))
    return out


class Key(object):
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return self.k % 3

    def __eq__(self, other):
        return isinstance(other, Key) and self.k % 3 == other.k % 3


rows = [[i % 5, i % 7, (i * 3) % 11] for i in range(1500)]
rows[700] = [1, [2], 3]
rows[900] = [Key(1), Key(4), Key(5)]
res = collections_of(rows)
print(len(res), res[:4], res[1400:1402], [r for r in res if isinstance(r, tuple) and
                                          isinstance(r[0], str)][:3])
