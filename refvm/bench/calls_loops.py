# Shaped like Grumpy's call/loop benchmarks: function calls, keyword calls, closures, loops.


def add(a, b):
    return a + b


def kw(a, b=1, *, c=2):
    return a + b + c


def make_adder(n):
    def adder(x):
        return x + n
    return adder


def loops(n):
    total = 0
    add5 = make_adder(5)
    for i in range(n):
        total = add(total, i)
        total += kw(i, c=3)
        total = add5(total) % 1000003
    j = 0
    while j < n:
        j += 1
    return total, j


print(loops(300000))
