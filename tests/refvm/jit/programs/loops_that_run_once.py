# Inner loops whose trip count is one per outer iteration: their own recordings
# always reach the loop's end before its back edge, so the JIT unrolls them into
# the outer loop's trace (hotloop.ONCE_AFTER).  Here the trip count is one most
# of the time and sometimes 0, 2 or more than the unrolling limit; the inner
# loops break, have else clauses, iterate over generators with finally blocks
# and finalizers, raise, and are nested in each other.


class Tracked(object):
    dropped = 0

    def __init__(self, v):
        self.v = v

    def __del__(self):
        Tracked.dropped += 1


def one(i):
    try:
        yield i
    finally:
        if i % 1000 == 999:
            print("finally", i)


def some(i):
    n = 1
    if i % 97 == 0:
        n = 0
    elif i % 89 == 0:
        n = 2
    elif i % 83 == 0:
        n = 11
    for k in range(n):
        yield Tracked(i + k)


def sum_of_ones(n):
    t = 0
    for i in range(n):
        for x in one(i):
            t += x
    return t


def counts(n):
    total = 0
    empties = 0
    for i in range(n):
        for w in some(i):
            total += w.v
        else:
            empties += 1 if i % 97 == 0 else 0
    return total, empties, Tracked.dropped


def first_items(d_list):
    out = []
    for d in d_list:
        for k, v in d.items():
            out.append(k + v)
            if v < 0:
                break
        else:
            out.append(-1)
    return out


def nested(n):
    t = 0
    for i in range(n):
        for a in one(i):
            for b in one(a + 1):
                t += b - a
    return t


def raising(n):
    caught = 0
    for i in range(n):
        try:
            for x in one(i):
                if i == n - 7:
                    raise ValueError(x)
                caught += 0
        except ValueError as e:
            caught = e.args[0]
    return caught


def while_once(n):
    t = 0
    for i in range(n):
        go = 2 if i % 50 == 0 else 1
        while go:
            t += i
            go -= 1
    return t


print(sum_of_ones(3000))
print(counts(3000))
print(first_items([{i: i % 5 - (1 if i % 211 == 0 else 0)} for i in range(2500)])[-5:])
print(len(first_items([{i: 1} if i % 7 else {} for i in range(2500)])))
print(nested(2500))
print(raising(2500))
print(while_once(3000))
