# CPython finalizes an object the moment its last reference goes; PyPy only at a
# later garbage collection (here: never before exit).  Expect: cpython, pyodide vs pypy.
class Noisy:
    def __del__(self):
        print("finalized")


def drop():
    n = Noisy()
    n = None
    print("after drop")


drop()
print("end")
