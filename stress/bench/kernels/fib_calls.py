# description: recursive function calls (fib(16))
# dialect: py2+3


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def run():
    return fib(16)
