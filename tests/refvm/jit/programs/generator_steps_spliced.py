# A trace's FOR_ITER (or next()) over a generator whose frame resumes where a
# compiled step starts runs the step's code in the trace itself (the step
# spliced in): the generator raising part-way, returning, being resumed
# elsewhere (send, another consumer, next() inside its own body), closed
# while a loop is over it, suspended inside an except block (its exception
# state), and finalizers of what its body drops.


def squares(n):
    for i in range(n):
        if i % 3:
            yield i * i


def consume(n):
    t = 0
    for x in squares(n):
        t += x % 7
    return t


print([consume(k) for k in (0, 1, 5, 700, 3000)])


def faulty(n, bad):
    for i in range(n):
        if i == bad:
            yield 1 // (i - bad)
        yield i


def guarded(n, bad):
    t = 0
    try:
        for x in faulty(n, bad):
            t += x
    except ZeroDivisionError as e:
        return ("ZeroDivisionError", t, str(e))
    return t


print([guarded(1500, b) for b in (-1, 0, 3, 1200)])


def shared(n):
    g = squares(n)
    a = b = 0
    for x in g:
        a += x
        for y in g:             # the same generator, taken by an inner loop
            b += y
            if y % 5 == 0:
                break
    return a, b


print(shared(4000))


def echo(n):
    got = []
    for i in range(n):
        v = yield i
        if v is not None:
            got.append(v)
    yield len(got)


def sends(n):
    g = echo(n)
    t = 0
    for x in g:
        t += x
        if x % 100 == 7:
            t += g.send(x)      # resumed by send between the loop's nexts
    return t


print(sends(2500))


def closing(n):
    g = squares(n)
    t = 0
    for x in g:
        t += x
        if x > 10 ** 6:
            g.close()
    return t


print(closing(5000))


def reentrant():
    def inner():
        for i in range(3000):
            if i == 2500:
                try:
                    next(me)
                except ValueError as e:
                    yield str(e)
            yield i
    me = inner()
    return [x for x in me if isinstance(x, str)]


print(reentrant())


def in_handler(n):
    for i in range(n):
        try:
            raise KeyError(i)
        except KeyError:
            yield i             # suspended inside the handler
        yield -1


def handled(n):
    t = 0
    for x in in_handler(n):
        t += x
    return t


print(handled(2000))

log = []


class Noisy(object):
    def __init__(self, k):
        self.k = k

    def __del__(self):
        log.append(self.k)


def noisy(n):
    for i in range(n):
        tmp = Noisy(i)
        if i % 4:
            yield i
        tmp = None
        yield Noisy(-i).k


def noisy_loop(n):
    t = 0
    for x in noisy(n):
        t += x
        log.append("v")
    return t


print(noisy_loop(1200), len(log), log[:6], log[-4:])


def perms(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for p in perms(items[:i] + items[i + 1:]):
            yield [items[i]] + p


print(sum(1 for p in perms([1, 2, 3, 4, 5, 6]) if p[0] < p[-1]))
