# ---
# features: [int, numbers, builtins]
# dialect: py3
# description: math.gcd and math.isqrt on large ints
# ---
import math
print(math.gcd(2 ** 40 * 3, 2 ** 35 * 9))
print(math.isqrt(10 ** 30 + 1))
print(math.factorial(25))
