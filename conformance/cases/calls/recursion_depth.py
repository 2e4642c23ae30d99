# ---
# features: [calls, functions, exceptions]
# dialect: py3
# description: deep recursion raises RecursionError and the program recovers
# ---
import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 100)
print("recovered")
