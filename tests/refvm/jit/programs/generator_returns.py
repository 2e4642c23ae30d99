# Generator steps that end in the generator's return (its frame returns, the
# consumer sees StopIteration): return values through `yield from`, returns
# inside try/finally, finalizers of locals at the return, and builtins that
# consume many short generators.


def upto(n):
    for i in range(n):
        if i % 5 == 4:
            return "early %d" % i
        yield i
    return "done %d" % n


def delegate(n):
    r = yield from upto(n)
    yield r


print([list(delegate(k)) for k in range(8)][-3:])
print(sum(len(set(x * x % 7 for x in range(k))) for k in range(300)))

log = []


class Noisy(object):
    def __init__(self, k):
        self.k = k

    def __del__(self):
        log.append("del %d" % self.k)


def guarded(n):
    tmp = Noisy(n)
    try:
        for i in range(n % 4):
            yield i
        return n
    finally:
        log.append("finally %d" % n)
        del tmp


total = 0
for n in range(60):
    g = guarded(n)
    for v in g:
        total += v
    log.append("after %d" % n)
print(total, log[:7], len(log))


def returns_value(k):
    if k:
        yield k
    return k * 10


vals = []
for k in range(50):
    g = returns_value(k % 3)
    try:
        while True:
            next(g)
    except StopIteration as e:
        vals.append(e.value)
print(vals[:8], sum(vals))
