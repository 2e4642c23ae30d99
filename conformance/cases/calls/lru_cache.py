# ---
# features: [calls, functions]
# dialect: py3
# description: functools.lru_cache returns cached results without calling again
# ---
import functools
calls = []
@functools.lru_cache(maxsize=None)
def sq(x):
    calls.append(x)
    return x * x
print(sq(3), sq(3), sq(4))
print(calls)
print(sq.cache_info().hits)
