# An inner `for` loop recorded ending (its iterator exhausted) that later goes
# on: the trace's exit stores the value in the loop variable, as the fused
# FOR_ITER_STORE_FAST would have, and a bridge from there reads the variable.
# In generator steps (nqueens' permutations) and in plain loops; finalizers
# tell when the variable's old value is dropped.


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


print(sum(1 for _ in permutations(list(range(6)))), list(permutations([1, 2, 3]))[-2:])


def ragged(rows):
    for row in rows:
        for x in row:
            yield x * 10 + len(row)
        yield -1


print(sum(ragged([[]] * 40 + [[1, 2, 3]] * 300 + [[]] * 60 + [list(range(k % 7)) for k in range(500)])))


def last_seen(n):
    total = 0
    j = -1
    for i in range(n):
        for j in range(i % 4 if i < n // 2 else 3):
            total += j
        total += j * 7          # j: the inner loop's last value, or an older one
    return total, j


print(last_seen(3000))


class Noisy:
    count = 0

    def __init__(self, k):
        self.k = k

    def __del__(self):
        Noisy.count += 1
        if Noisy.count % 500 == 0:
            print("finalized", self.k, Noisy.count)


def holders(n):
    out = 0
    for i in range(n):
        for obj in [Noisy(i)] * (0 if i < 1200 else 1):
            out += obj.k
        out += 1
    return out


print(holders(2500), Noisy.count)
