# ---
# features: [context-managers, generators]
# dialect: py3
# description: contextlib.contextmanager runs code before and after yield
# ---
import contextlib
@contextlib.contextmanager
def tag(name):
    print("<" + name + ">")
    yield name.upper()
    print("</" + name + ">")
with tag("b") as v:
    print(v)
