# ---
# features: [context-managers, control-flow]
# dialect: py2+3
# description: __exit__ runs when the body returns
# ---
class CM(object):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("exit")
def f():
    with CM():
        return "returned"
print(f())
