# A value's class test and its test against a constant, each with its own
# exit, become one identity test where both pass (`v is not False` for a bool
# flag tested false): every way each can fail, alone and together, in loops
# and in bridges.  And a bool's truth tested twice (`a == b == c` on its false
# path) is tested once, while an object whose __bool__ runs code is asked
# every time, as the interpreter asks it.


class Task(object):
    def __init__(self, i):
        self.held = i % 4 == 0
        self.link = None if i % 5 else i


def flags(tasks):
    n = 0
    for t in tasks:
        if t.held:                  # bool, mostly False; then True, 1, 0, None, missing
            n += 1
        else:
            n += 100
    return n


tasks = [Task(i) for i in range(3000)]
print(flags(tasks))
tasks[1].held = 1                   # not a bool, truthy
tasks[2].held = 0                   # not a bool, falsy
tasks[3].held = None
tasks[5].held = "yes"
print(flags(tasks))
del tasks[6].held
try:
    flags(tasks)
except AttributeError as e:
    print("AttributeError", e)
tasks[6].held = []
print(flags(tasks))


def links(tasks):
    n = 0
    for t in tasks:
        if t.link is None:          # mostly None; then a number, missing
            n += 1
        else:
            n += 1000
    return n


print(links(tasks))
del tasks[7].link
try:
    links(tasks)
except AttributeError as e:
    print("AttributeError", e)
tasks[7].link = 0
print(links(tasks))


def waiting(tasks):
    # the opposite direction: the flag must be True to stay in the loop
    n = 0
    for t in tasks:
        if not t.held:
            break
        n += 1
    return n


everyone = [Task(0) for _ in range(2500)]
print(waiting(everyone))
everyone[2000].held = 2
print(waiting(everyone))
everyone[2000].held = False
print(waiting(everyone))


class Loud(object):
    asked = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return Truth(self.v == other)


class Truth(object):
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        Loud.asked += 1
        return self.t


def chained(n, k):
    hits = 0
    for i in range(n):
        if i % 7 == len(k) == 3:    # a bool's truth, twice on the false path
            hits += 1
        if Loud(i % 3) == 1 == 1:   # a Truth's, asked twice on its false path
            hits += 10
    return hits


print(chained(3000, "abc"), Loud.asked)
print(chained(3000, "ab"), Loud.asked)
