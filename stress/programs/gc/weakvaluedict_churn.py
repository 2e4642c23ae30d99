# description: a WeakValueDictionary under churn: 50,000 values inserted and dropped in batches with collections in between; a live value must always be found; dead values left after gc.collect() are allowed (the JVM treats collect as a hint) but worth seeing
# dialect: py2+3
# acceptable: left 0 keys-ok True
# interesting: left \d+ keys-ok True
import gc
import weakref


class Value(object):
    def __init__(self, i):
        self.i = i


cache = weakref.WeakValueDictionary()
keep = []
for batch in range(50):
    keep = [Value(batch * 1000 + i) for i in range(1000)]
    for v in keep:
        cache[v.i] = v
    v = None
    if batch % 10 == 9:
        gc.collect()
ok = all(cache.get(v.i) is v for v in keep)
keep = []
for _ in range(3):
    gc.collect()
print("left %d keys-ok %s" % (len(cache), ok))
