# A bridge's path need not keep what the loop's own path keeps: a loop-header
# variable of another class, a global rebound, a function's defaults replaced.
# The facts hoisted out of the loop are checked again after each bridge (before
# 2026-12-03 they were not: the first function printed 20246, not 77151).


class A(object):
    def __init__(self):
        self.x = 1


class B(object):
    def __init__(self):
        self.__dict__["x"] = 5

    @property
    def x(self):
        return 100


def swaps(n):
    a = A()
    b = B()
    o = a
    t = 0
    for i in range(n):
        t += o.x
        if i % 3 == 0 and i > 1500:
            o = b if o is a else a
    return t


print(swaps(3000))


def one():
    return 1


def two():
    return 2


def rebind(i):
    global pick
    if i > 2500:
        pick = two


pick = one


def rebinds(n):
    t = 0
    for i in range(n):
        t += pick()
        if i % 3 == 0 and i > 1500:
            rebind(i)
    return t


print(rebinds(3000))


def scaled(x, k=2):
    return x * k


def defaults(n):
    t = 0
    for i in range(n):
        t += scaled(i)
        if i % 4 == 0 and i > 1700:
            if i > 2600:
                scaled.__defaults__ = (-1,)
    return t


print(defaults(3000))


def floats(n):
    x = 0
    for i in range(n):
        x = x + 1
        if i % 5 == 0 and i > 1400:
            x = x / 2 if i > 2200 else x
    return x


print(floats(3000))
