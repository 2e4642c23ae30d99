# description: recursion, sets and tuples: all solutions of the 6-queens problem
# dialect: py2+3


def solve(n, row, cols, diag1, diag2):
    if row == n:
        return 1
    total = 0
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        cols.add(c)
        diag1.add(row + c)
        diag2.add(row - c)
        total += solve(n, row + 1, cols, diag1, diag2)
        cols.discard(c)
        diag1.discard(row + c)
        diag2.discard(row - c)
    return total


def run():
    return solve(6, 0, set(), set(), set())
