# ---
# features: [context-managers, control-flow]
# dialect: py2+3
# description: several managers enter left to right and exit right to left
# ---
class CM(object):
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter %d" % self.n)
    def __exit__(self, *a):
        print("exit %d" % self.n)
with CM(1), CM(2), CM(3):
    print("body")
