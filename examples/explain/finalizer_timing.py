# class: finalizer-timing
# CPython finalizes an object the moment its last reference goes (reference counting);
# PyPy only at a later collection, here not before the program's output ends.
# refvm: --gc refcount gives CPython's output, --gc tracing (or none) PyPy's.
class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("closed", self.name)


def use():
    r = Resource("a")
    print("using", r.name)


use()
print("after use")
