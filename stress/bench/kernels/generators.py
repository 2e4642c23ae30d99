# description: generator pipelines: filter, map and sum through three chained generators
# dialect: py2+3


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x


def squares(xs):
    for x in xs:
        yield x * x


def run():
    return sum(squares(evens(numbers(3000))))
