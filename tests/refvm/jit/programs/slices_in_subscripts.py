# Slices a trace writes into their subscripts (`xs[k:None:-1]`) and the ones
# it still makes: int and None bounds (folded negative steps), bounds of other
# classes (an __index__ instance with a finalizer: the slice keeps it alive
# until the subscript is done, then it dies before the temporary list),
# a slice an exit keeps (the container's class changes), and subscripts that
# raise (an extended slice assigned the wrong length, a tuple assigned to).


class Index(object):
    def __init__(self, i, log):
        self.i = i
        self.log = log

    def __index__(self):
        return self.i

    def __del__(self):
        self.log.append(-self.i)


class Noisy(list):
    pass


def flips(xs, n):
    t = 0
    for i in range(n):
        k = i % 6
        xs[:k + 1] = xs[k::-1]
        xs[k:] = xs[k:][::-1]
        t += xs[0] * 7 + xs[-1]
    return t


def strided(n):
    t = 0
    s = "abcdefghij"
    tup = tuple(range(10))
    for i in range(n):
        t += len(s[i % 4::2]) + sum(tup[-3:i % 10:-1]) + len(s[None:None])
    return t


def index_bounds(n):
    log = []
    t = 0
    for i in range(n):
        t += len(list(range(20))[Index(i % 7, log):Index(12, log)])
        if i % 500 == 0:
            log.append("mark")
    return t, log[:12], len(log)


def changing_containers(n):
    rows = [[1, 2, 3], (4, 5), "xyz", Noisy([6, 7, 8, 9])]
    t = 0
    for i in range(n):
        r = rows[i % 4] if i > n // 2 else rows[0]
        t += len(r[1:])
    return t


def raising(n):
    xs = list(range(10))
    out = []
    for i in range(n):
        try:
            if i % 97 == 96:
                xs[::2] = [1]
            elif i % 89 == 88:
                (1, 2, 3)[0:1] = (5,)
            else:
                xs[1:3] = xs[3:1:-1]
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return xs, out[:4], len(out)


print(flips(list(range(10)), 3000))
print(strided(3000))
print(index_bounds(3000))
print(changing_containers(3000))
print(raising(3000))
