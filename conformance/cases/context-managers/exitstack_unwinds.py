# ---
# features: [context-managers, control-flow]
# dialect: py3
# description: ExitStack calls callbacks in reverse order
# ---
import contextlib
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "cleanup", i)
    print("body")
