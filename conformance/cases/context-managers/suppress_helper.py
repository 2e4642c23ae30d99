# ---
# features: [context-managers, exceptions]
# dialect: py3
# description: contextlib.suppress swallows only the listed exceptions
# ---
import contextlib
with contextlib.suppress(KeyError):
    {}["x"]
print("after suppress")
try:
    with contextlib.suppress(KeyError):
        [][0]
except IndexError:
    print("IndexError")
