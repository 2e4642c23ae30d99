# A suspended generator keeps no reference to the value it yielded, whichever
# way the value left it: a compiled step run by next_of, a step spliced into
# its consumer's trace, a step's loop form drained by sum() or list(), or the
# interpreter.  Each value is dropped by its consumer before the generator
# resumes, so its finalizer runs before the next value is made (refvm kept the
# last value in the frame's return slot until the next resumption).


class T:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        if self.n % 10 == 9:
            print("del", self.n)


def made(k):
    for i in range(k):
        yield T(i)


def odd(k):
    for t in made(k):
        if t.n % 2:
            yield t


total = 0
for r in range(3):
    for x in made(40):            # a loop's trace, the step spliced in
        total += x.n
        if x.n % 10 == 9:
            x = None
            print("dropped", r)
    x = None
    print(total, sum(t.n for t in made(30)))       # drained
    print(len([t.n for t in odd(30)]))               # a generator of a generator
    it = made(25)
    for i in range(25):
        y = next(it)                  # next_of from the loop's trace
        if y.n % 10 == 9:
            y = None
            print("next dropped", i)
    y = it = None


def show(t):
    print("took", t.n)


# next() from code that is not a loop: next_of runs the compiled step
it = made(12)
show(next(it)); show(next(it)); show(next(it)); show(next(it)); show(next(it))
show(next(it)); show(next(it)); show(next(it)); show(next(it)); show(next(it))
print("after ten")
it = None
print("end")
