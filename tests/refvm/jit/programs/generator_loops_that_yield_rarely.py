# A generator whose loop goes round many times between yields (a filter that
# rarely passes): its loop gets a trace whose bridges may end in the frame's
# yield, and the generator's step runs that trace (RUN_LOOP) to the yield.
# Consumed by sum(), list(), a for loop, next() and send(); closed early;
# raising inside the loop; finalizers tell when the loop's values die.


class D(object):
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print(sum(1 for x in range(30000) if x % 97 == 0))
print(sum(x for x in range(20000) if x % 13 == 0 or x % 1000 == 999))
print(list(x for x in range(5000) if x % 500 == 7))


def every(n, k):
    for i in range(n):
        if i % k == 0:
            yield i


t = 0
for v in every(40000, 37):
    t += v
print(t)

g = every(10000, 301)
print([next(g) for _ in range(20)])


def irregular(n):
    for i in range(n):
        if (i * i) % 61 < 2 or i % 250 == 0:
            yield i


print(sum(irregular(30000)), len(list(irregular(5000))))


def with_finalizers(n):
    keep = None
    for i in range(n):
        d = D(i) if i % 400 == 0 else None
        if d is not None and i % 1200 == 0:
            keep = d
            yield i
        d = None
    print("loop done", keep.name if keep is not None else None)


for v in with_finalizers(5000):
    print("got", v)


def closing(n):
    try:
        for i in range(n):
            if i % 150 == 149:
                yield i
    finally:
        print("closing finally")


c = closing(100000)
print([next(c) for _ in range(30)][-3:])
c.close()
print("closed")


def raising(n):
    for i in range(n):
        if i % 77 == 76:
            yield 1000 // (i % 5000 - 4999 + 4999) if i < 9000 else 1 // 0


try:
    print(sum(raising(20000)))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


def nested(rows):
    for r in rows:
        for x in r:
            if x % 50 == 0:
                yield x
        yield -len(r)


print(sum(nested([list(range(k * 10, k * 10 + 300)) for k in range(60)])))


def echo(n):
    got = 0
    for i in range(n):
        if i % 123 == 0:
            s = yield i + got
            if s is not None:
                got += s


e = echo(30000)
out = [next(e)]
for k in range(200):
    try:
        out.append(e.send(k))
    except StopIteration:
        break
print(len(out), out[-3:], sum(out))


def words(text):
    w = ""
    for ch in text:
        if ch == " ":
            if w:
                yield w
            w = ""
        else:
            w += ch
    if w:
        yield w


print(len(list(words(("lorem ipsum dolor  sit amet " * 300) + "end"))))
