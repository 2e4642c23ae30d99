# ---
# features: [context-managers, exceptions]
# dialect: py2+3
# description: __exit__ receives the type, value and traceback of an exception
# ---
class CM(object):
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print(t.__name__)
        print(v.args)
        print(tb is not None)
        return True
with CM():
    raise KeyError("k")
print("after")
