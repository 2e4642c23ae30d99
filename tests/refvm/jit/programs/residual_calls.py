# Loops calling functions that loop longer than a trace unrolls: the call
# becomes residual (the callee run by the interpreter, its loop in its own trace)
# and what the callee does must look the same as without the JIT.
import threading


def total(row):
    s = 0
    for x in row:
        s += x * 2
    return s


rows = [list(range(i % 5 + 9)) for i in range(300)]
t = 0
for row in rows:
    t += total(row)
print("sums", t)

# a comprehension per row (its own function, 12 iterations)
print("comps", sum(sum([x * 3 for x in row]) for row in rows[:50]))
u = 0
for row in rows:
    u += len([x for x in row if x % 2])
print("odd", u)


# exceptions from the callee: caught in the loop, then one uncaught at the end
def check(row, bad):
    for x in row:
        if x == bad:
            raise ValueError("bad %d" % x)
    return len(row)


caught = []
for i, row in enumerate(rows[:120]):
    try:
        caught.append(check(row, 10 if i % 17 == 3 else -1))
    except ValueError as e:
        caught.append(str(e))
print("caught", caught[:5], caught[3], len(caught))


# finalizers: an argument the callee drops dies in the callee, as it would
class Noisy(object):
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def consume(obj, row):
    n = obj.n
    obj = None
    s = 0
    for x in row:
        s += x
    print("consumed", n)
    return s


for i in range(12):
    consume(Noisy(i), rows[i])


# a callee whose frame a kept traceback refers to: its locals live on after
# its return (as a frame the run loop returns from), until the traceback goes
kept = []


def keeps_traceback(i, row):
    mine = Noisy(100 + i)
    try:
        raise KeyError(i)
    except KeyError as e:
        if i % 4 == 0:
            kept.append(e)
    s = 0
    for x in row:
        s += x
    return s


for i in range(16):
    keeps_traceback(i, rows[i])
    if i % 5 == 4:
        print("dropping", len(kept))
        del kept[:]


# the callee changes what the loop's trace knows: globals, attributes, cells
LIMIT = 5


def bump(holder, row):
    global LIMIT
    for x in row:
        holder.count += 1
    if holder.count > 400:
        LIMIT = 7
    return holder.count


class Holder(object):
    count = 0


h = Holder()
seen = []
for row in rows[:60]:
    c = bump(h, row)
    seen.append((c, LIMIT, h.count))
print("seen", seen[:3], seen[-3:])


def counter():
    n = [0]
    hits = 0

    def add(row):
        nonlocal hits
        for x in row:
            hits += 1
        return hits

    out = []
    for row in rows[:40]:
        out.append(add(row))
        out.append(hits)
    return out, hits


print("cells", counter())


# a method with a loop (CALL_METHOD), and the called function changing
class Acc(object):
    def __init__(self):
        self.v = 0

    def feed(self, row):
        for x in row:
            self.v += x
        return self.v


def other(row):
    p = 1
    for x in row[:10]:
        p = (p * (x + 1)) % 1000003
    return p


a = Acc()
fns = [total, other]
mix = 0
for i, row in enumerate(rows):
    mix += a.feed(row) % 7
    mix += fns[(i // 40) % 2](row) % 11
print("mix", mix, a.v)


# defaults and keywords bound by the callee's frame
def scaled(row, k=3, shift=0):
    s = 0
    for x in row:
        s += x * k + shift
    return s


d = 0
for i, row in enumerate(rows[:80]):
    d += scaled(row) + scaled(row, i % 4)
print("defaults", d)
kw = []
for i, row in enumerate(rows[:90]):
    kw.append(scaled(row, shift=i % 3) - scaled(row=row, k=i % 5))
    if i == 60:
        try:
            scaled(row, k=1, shift=2, extra=3)
        except TypeError as e:
            kw.append(str(e))
feed = a.feed                   # a bound method called: not made residual
for row in rows[:40]:
    kw.append(feed(row) % 13)
print("keywords", kw[:4], kw[-6:], len(kw))


# recursion through a loop: each level calls the next from inside its loop
def walk(n, fan):
    s = 1
    for i in range(fan):
        if n > 0 and i == fan - 1:
            s += walk(n - 1, fan)
        else:
            s += i
    return s


r = []
for n in (5, 50, 400, 2000, 30):
    try:
        r.append(walk(n, 10))
    except RecursionError:
        r.append("deep")
print("walk", r)


# a thread started inside a residual call: switch points as without the JIT
results = []


def worker(k):
    for j in range(3):
        results.append((k, j))


def spawn(row, k):
    s = 0
    for x in row:
        s += x
    if k == 150:
        th = threading.Thread(target=worker, args=(k,))
        th.start()
        th.join()
    return s


q = 0
for k, row in enumerate(rows):
    q += spawn(row, k)
    if k % 50 == 0:
        results.append(("main", k))
print("threads", q, results)

# and at the end, an uncaught exception through a residual call
for i, row in enumerate(rows):
    check(row, 5 if i == 250 else -1)
