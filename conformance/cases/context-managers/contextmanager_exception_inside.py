# ---
# features: [context-managers, generators, exceptions]
# dialect: py3
# description: an exception in the body is thrown into the contextmanager generator
# ---
import contextlib
@contextlib.contextmanager
def guard():
    try:
        yield
    except ZeroDivisionError:
        print("handled in generator")
with guard():
    1 / 0
print("continues")
