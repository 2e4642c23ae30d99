# Hot loops at module level, whose names are the module's globals (LOAD_NAME
# and STORE_NAME have fast forms there since 2026-12-05): names rebound, deleted
# and shadowing builtins inside the loop, finalizers of the values a store
# replaces (some rebind names themselves), functions reading and writing the
# loop's names, a class body's loop and exec with separate locals (neither is
# module-level code), and a NameError in the middle of the loop.
import builtins


class Dying:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        global last_dead
        last_dead = self.n
        if self.n == 40:
            global total
            total = -1000


def bump():
    global counter
    counter += 1
    return counter


def peek():
    return i * 2


total = 0
counter = 0
last_dead = None
for i in range(300):
    total += i % 7
    if i % 50 == 0:
        total += bump()
    total += peek()
print(total, counter, i)

obj = None
total = 0
for k in range(100):
    obj = Dying(k)              # the previous one dies at this store
    total += k
    if k == 70:
        print("at 70", last_dead, total)
print(total, last_dead)
obj = None
print(last_dead)

seen = []
for j in range(200):
    if j == 120:
        len = lambda x: -1      # a module global shadows the builtin
    if j == 160:
        del len
    seen.append(len("ab"))
print(seen[0], seen[119], seen[120], seen[159], seen[160], seen[-1])

hits = 0
for j in range(200):
    if j == 150:
        builtins.abs = lambda x: 99
    hits += abs(-1)
del builtins.abs
print(hits)

x = 0
try:
    for j in range(300):
        x += j
        if j == 250:
            del x
except NameError as e:
    print("NameError", e, j)


class Body:
    acc = 0
    for q in range(500):
        acc += q


print(Body.acc, Body.q)

ns_g = {}
ns_l = {}
exec("t = 0\nfor z in range(400):\n    t += z\n", ns_g, ns_l)
print(sorted(ns_l.items()), "t" in ns_g)

src = compile("t = 0\nfor z in range(400):\n    t += z * m\n", "shared", "exec")
for m in (1, 2, 3):
    g = {"m": m}
    exec(src, g)
    print(g["t"])
ns_l = {"m": 5}
exec(src, {"m": 7}, ns_l)
print(ns_l["t"])

total = 0
for i in range(1000):
    total = total + i
    i = "not an int any more" if i == 900 else i
print(total, i)
