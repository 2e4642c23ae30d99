# A loop's own locals as every way out of its trace leaves them: the loop
# variable after the loop ends or breaks, a local after an exception leaves the
# loop, a deleted local, finalizers of values a store replaces (also of a local
# stored before it is read in an iteration), a bridge storing a value of another
# class, loops inside generators, and an inner loop's locals seen by the outer
# loop.  (Written for an attempt to keep a loop's locals in the trace's
# variables between exits; that was measured and dropped, docs/refvm.md.)


class Noisy(object):
    def __init__(self, k):
        self.k = k

    def __del__(self):
        print("del", self.k)


def last_of(n):
    for i in range(n):
        j = i * 2
    return i, j


def broken(n):
    total = 0
    for i in range(n):
        total += i
        if total > 5000:
            break
    return i, total


def raised(n):
    x = y = None
    try:
        for i in range(n):
            x = i
            y = 100 // (n - 1 - i)
    except ZeroDivisionError:
        return "ZeroDivisionError", x, y, i
    return x, y


def deleted(n):
    out = []
    for i in range(n):
        v = i % 5
        if v == 3:
            del v
            try:
                out.append(v)
            except UnboundLocalError:
                out.append("unbound")
        else:
            out.append(v)
    return out[-6:]


def replaced(n):
    obj = None
    for i in range(n):
        obj = Noisy(i) if i % 500 == 0 else obj
        if i % 500 == 1:
            print("kept", obj.k)
    print("loop done")
    return obj.k


def classes(n):
    v = 0
    for i in range(n):
        if i % 3 == 0:
            v = "s%d" % i           # another class on a bridge's path
        elif i % 3 == 1:
            v = float(i)
        else:
            v = i
    return v, type(v).__name__


def gen(n):
    acc = 0
    for i in range(n):
        acc += i
        if i % 700 == 699:
            yield acc, i


events = []


class Tracked(object):
    def __init__(self, k):
        self.k = k

    def __del__(self):
        events.append(self.k)


def overwritten(n):
    # x is stored before it is read in each iteration: the store is where the
    # previous value dies (a finalizer event between the two appends)
    for i in range(n):
        x = Tracked(i)
        events.append(-1 - i)
    return x.k


def outer(n):
    seen = []
    for k in range(n):
        j = 0
        while j < k % 5:
            j += 1
        seen.append(j)
    return sum(seen), j, k


print(last_of(3000), last_of(1))
print(broken(3000))
print(raised(2000), raised(1))
print(deleted(2000))
print(replaced(2000))
print(classes(2000))
print(list(gen(3000)))
print(outer(3000))
print(overwritten(1500), events[:6], events[-6:])
