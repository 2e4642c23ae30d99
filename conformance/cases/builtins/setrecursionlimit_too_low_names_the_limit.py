# ---
# features: [builtins, exceptions]
# dialect: py3
# description: sys.setrecursionlimit below the current depth raises RecursionError whose message names the refused limit (how deep the depth is counted is each engine's own)
# ---
import sys


def attempt(n):
    try:
        sys.setrecursionlimit(n)
    except RecursionError as e:
        return "RecursionError", ("limit to %d " % n) in str(e)
    return "set", None


old = sys.getrecursionlimit()
print(attempt(2))
sys.setrecursionlimit(old)
