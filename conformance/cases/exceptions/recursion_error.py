# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: a recursion beyond the limit raises RecursionError
# ---
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError:
    print("RecursionError")
