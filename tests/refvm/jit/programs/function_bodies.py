# Functions called again and again by the interpreter, by builtins and by
# operators get compiled bodies (entry to return); recursion inside them is a
# residual call that runs the callee's body.  Everything must look the same as
# without the JIT: results, exceptions and tracebacks, recursion limits,
# finalizer timing, thread switches.
import sys
import threading


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", [fib(i) for i in range(18)])


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print("parity", [is_even(i) for i in range(0, 300, 7)])


# recursion up to the limit, through compiled bodies
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


out = []
for n in (10, 500, 990, 1200, 3000, 50):
    try:
        out.append(depth(n))
    except RecursionError:
        out.append("deep")
print("depth", out)
sys.setrecursionlimit(2500)
try:
    print("deeper", depth(2300))
except RecursionError:
    print("deeper: RecursionError")
sys.setrecursionlimit(1000)


# branches that go both ways (bridges in a body), early returns, loops inside
def classify(x):
    if x % 3 == 0:
        return "three"
    if x % 5 == 0:
        return "five"
    s = 0
    for i in range(x % 11 + 3):
        s += i
    return s


print("classify", [classify(i) for i in range(200)][-12:])


# exceptions: raised in a body, caught by the caller, caught inside, uncaught later
def pick(seq, i):
    try:
        return seq[i]
    except IndexError:
        if i > 100:
            raise ValueError("far %d" % i)
        return None


res = []
for i in range(0, 300, 3):
    try:
        res.append(pick([1, 2, 3, 4], i % 7 if i < 150 else i))
    except ValueError as e:
        res.append(str(e))
print("pick", res[:8], res[-3:])


# finalizers: locals die at the return, the returned object lives on
class Noisy(object):
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def make(n):
    tmp = Noisy(-n)
    keep = Noisy(n)
    print("made", n)
    return keep


for i in range(70, 76):
    k = make(i)
    print("got", k.n)
k = None


# ... and a frame a kept traceback refers to keeps its locals after the return
kept = []


def keep_tb(i):
    mine = Noisy(200 + i)
    try:
        raise KeyError(i)
    except KeyError as e:
        if i % 3 == 0:
            kept.append(e)
    return i


for i in range(30):
    keep_tb(i)
    if i % 7 == 6:
        print("dropping", len(kept))
        del kept[:]
del kept[:]


# closures and defaults: one code, many function objects
def adder(k):
    def add(x, y=k):
        return x + y + k
    return add


adders = [adder(i) for i in range(5)]
print("closures", [adders[i % 5](i) for i in range(100)][-10:])


# builtins and operators calling VM functions
class V(object):
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + other.x)

    def __eq__(self, other):
        return isinstance(other, V) and self.x % 10 == other.x % 10

    def __hash__(self):
        return self.x % 10

    def __lt__(self, other):
        return self.x < other.x


vs = [V(i * 7 % 101) for i in range(300)]
print("sorted", [v.x for v in sorted(vs)][:5], [v.x for v in sorted(vs, key=lambda v: -v.x)][:5])
total = V(0)
for v in vs:
    total = total + v
print("sum", total.x, len(set(vs)), len(list(map(lambda v: v.x * 2, vs))))


# a thread started inside a compiled body
log = []


def work(k):
    for j in range(3):
        log.append((k, j))


def maybe_spawn(i):
    if i == 150:
        th = threading.Thread(target=work, args=(i,))
        th.start()
        th.join()
    return i * 2


acc = 0
for i in range(300):
    acc += maybe_spawn(i)
    if i % 60 == 0:
        log.append(("main", i))
print("threads", acc, log)


# and an uncaught exception through several compiled bodies
def down(n):
    if n == 0:
        raise KeyError("bottom")
    return down(n - 1) + 1


for i in range(100):
    try:
        down(i % 9)
    except KeyError:
        pass
down(3)
