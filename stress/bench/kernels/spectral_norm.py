# description: nested loops and float division: spectral norm of a 20x20 matrix, one iteration
# dialect: py2+3


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(u, n):
    return [sum(a(i, j) * u[j] for j in range(n)) for i in range(n)]


def times_t(u, n):
    return [sum(a(j, i) * u[j] for j in range(n)) for i in range(n)]


def run():
    n = 20
    u = [1.0] * n
    for _ in range(1):
        v = times_t(times(u, n), n)
        u = times_t(times(v, n), n)
    return sum(u)
