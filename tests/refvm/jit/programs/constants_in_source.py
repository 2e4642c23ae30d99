# Constants written into compiled code.  Negative ones: a global the trace
# holds as a constant, a negation folded into one (refvm's compiler leaves
# `-3` a negation of 3), each as the base of `**` with a computed exponent,
# where `-5 ** e` written without parentheses is -(5 ** e): until 2026-12-05
# the JIT wrote them so.  Huge ones: a global of 5,001 digits, and one the
# trace folds (`10 ** 5000`), which the host's repr refuses to write (its
# int_max_str_digits): the JIT stopped the run with an internal error.

K = -5
F = -2.5
HUGE = 10 ** 5000


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
        t += -K + -(-i) + ~(-4) + (not -1) + (-7) // 2 + (-7) % 3
    return t


def huge(n):
    t = 0
    for i in range(n):
        t += (HUGE + i) % 1000 + (10 ** 5000 - i) % 7 + (-HUGE - i) % 11
    return t


print(powers(3000))
print(huge(3000))
print(float_powers(3000))
print(negated(3000))
print(repr((-0.0) ** 1), K ** 2, -K ** 2)
