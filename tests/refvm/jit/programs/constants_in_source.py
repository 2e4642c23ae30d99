# Constants written into compiled code.  Negative ones, as the base of `**`
# with a computed exponent, where `-5 ** e` written without parentheses is
# -(5 ** e): a global the trace holds as a constant, a negated global the
# optimizer folds, a literal (-3): until 2026-12-05 the JIT wrote them so.
# Huge ones: a global of 5,001 digits the trace holds as a constant, which
# the host's repr refuses to write (its int_max_str_digits): the JIT stopped
# the run with an internal error.  And their identity: a constant the
# program made once is the same object in every iteration (a literal 1.5 or
# 'a b' in the trace's code was another object), a value an operation makes
# at run time is a new one each time (the optimizer folded `TEN ** TWENTY` of
# two globals into one object, as the host's compiler folded two literals).
# (refvm's compiler folds `10 ** 20` itself, as CPython's does; not globals.)

K = -5
F = -2.5
HUGE = 10 ** 5000
TEN, TWENTY, THOUSAND, HALF, AB = 10, 20, 1000, 0.5, "a b"


def powers(n):
    t = 0
    for i in range(n):
        t += K ** (i % 3) + (-3) ** (i % 4) - (-2) ** (i % 5)
    return t


def float_powers(n):
    t = 0.0
    for i in range(n):
        t += F ** (i % 3) + (-0.5) ** (i % 2) + (-0.0) ** 1
    return t


def negated(n):
    t = 0
    for i in range(n):
        t += -K + -(-i) + ~(-4) + (not -1) + (-7) // 2 + (-7) % 3 + -F ** 2 + (-K) ** (i % 2)
    return t


def huge(n):
    t = 0
    for i in range(n):
        t += (HUGE + i) % 1000 + (10 ** 5000 - i) % 7 + (-HUGE - i) % 11
    return t


def identities(n):
    out = []
    for i in range(n):
        out.append(("hello world!", 1.5, 10 ** 20, 1000, -1.5, 3 * 100, ~256,
                     2.0 * 3.0, "a" + "b c", 12345678901234567890, -(-7), not 0,
                     TEN ** TWENTY, -THOUSAND, THOUSAND * 3, ~THOUSAND, -HALF, HALF * 3,
                     AB + AB, AB * 2, TEN + TWENTY, -TEN, not TEN))
    columns = list(zip(*out))
    return [len(set(map(id, col))) for col in columns], [x is y for x, y in zip(out[0], out[-1])]


print(identities(3000))
print(powers(3000))
print(huge(3000))
print(float_powers(3000))
print(negated(3000))
print(repr((-0.0) ** 1), K ** 2, -K ** 2)
