# Negative constants in compiled code: a global the trace holds as a constant,
# a negation folded into one (refvm's compiler leaves `-3` a negation of 3),
# each as the base of `**` with a computed exponent, where `-5 ** e` written
# without parentheses is -(5 ** e).  Until 2026-12-05 the JIT wrote them so.

K = -5
F = -2.5


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


print(powers(3000))
print(float_powers(3000))
print(negated(3000))
print(repr((-0.0) ** 1), K ** 2, -K ** 2)
