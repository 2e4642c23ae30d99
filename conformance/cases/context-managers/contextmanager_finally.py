# ---
# features: [context-managers, generators, exceptions]
# dialect: py3
# description: a contextmanager's finally runs and the exception propagates when not handled
# ---
import contextlib
@contextlib.contextmanager
def res():
    try:
        yield
    finally:
        print("released")
try:
    with res():
        raise KeyError
except KeyError:
    print("KeyError")
