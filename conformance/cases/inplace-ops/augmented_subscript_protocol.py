# ---
# features: [inplace-ops, operator-dispatch]
# dialect: py2+3
# description: a[k] += v calls __getitem__, the in-place op, then __setitem__
# ---
log = []
class D(object):
    def __getitem__(self, k):
        log.append("getitem %r" % (k,))
        return 1
    def __setitem__(self, k, v):
        log.append("setitem %r %r" % (k, v))
d = D()
d["k"] += 2
print(";".join(log))
