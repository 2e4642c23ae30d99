# ---
# features: [context-managers, control-flow]
# dialect: py2+3
# description: with calls __enter__, runs the body, then __exit__
# ---
class CM(object):
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, t, v, tb):
        print("exit %r" % (t,))
with CM() as v:
    print("body " + v)
