# A loop over a range iterator is compiled to a host `for` loop (the for loop
# takes the values; its `else` is the range's end): the end with and without a
# bridge, bridges that go back to the loop with other values, the same
# iterator advanced inside the body, a loop left by break, return and an
# exception, nested ranges, and loops over other iterators next to them.


def squares(n):
    t = 0
    for i in range(n):
        t += i * i
    return t


print([squares(n) for n in (0, 1, 2, 3000)])


def shared(n):
    it = iter(range(n))
    got = []
    for x in it:
        if x % 7 == 3:
            got.append(next(it, -1))    # the loop's own iterator, one value on
    return len(got), sum(got)


print(shared(5000))


def switching(n):
    t = 0
    for i in range(n):
        if i % 1000 == 999:
            t += 0.5                    # the other path: a bridge, then a float
        else:
            t += i
    return t


print(switching(6000))


def leaving(n, stop):
    for i in range(n):
        if i == stop:
            break
    else:
        return ("end", i if n else None)
    return ("break", i)


print([leaving(n, s) for n, s in ((0, 0), (3000, 2999), (3000, 3000), (5000, 1200))])


def first_over(xs, limit):
    for i in range(len(xs)):
        if xs[i] > limit:
            return i
    return -1


print(first_over(list(range(0, 9000, 3)), 7000), first_over([1, 2], 5))


def raising(n, bad):
    t = 0
    try:
        for i in range(n):
            t += 100 // (i - bad)
    except ZeroDivisionError as e:
        return t, str(e)
    return t


print([raising(3000, b) for b in (-5, 2500)])


def grid(n, m):
    t = 0
    for i in range(n):
        for j in range(m):
            t += i ^ j
        t -= 1
    return t


print([grid(n, m) for n, m in ((0, 3), (3, 0), (40, 70), (300, 2))])


def stepped(n):
    return sum(1 for _ in range(0, n, 3)), [i for i in range(n, 0, -4)][-3:]


print(stepped(10000))


def mixed(n):
    t = 0
    for x in list(range(n)):            # a list iterator: the while form
        t += x
    for y in range(n):
        t -= y
    return t


print(mixed(4000))
