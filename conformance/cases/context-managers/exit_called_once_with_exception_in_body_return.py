# ---
# features: [context-managers, exceptions]
# dialect: py2+3
# description: __exit__ is called exactly once even when it suppresses and the body had returned nothing
# ---
count = [0]
class CM(object):
    def __enter__(self):
        return self
    def __exit__(self, *a):
        count[0] += 1
        return True
def f():
    with CM():
        raise ValueError
    return "after with"
print(f())
print(count[0])
