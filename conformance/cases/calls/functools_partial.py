# ---
# features: [calls, functions]
# dialect: py3
# description: functools.partial fixes arguments; call keywords override
# ---
import functools
def f(a, b, c=0):
    return a, b, c
p = functools.partial(f, 1, c=5)
print(p(2))
print(p(2, c=9))
