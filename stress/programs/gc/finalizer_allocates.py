# description: finalizers that allocate: each dying object's __del__ creates the next generation (a new cycle with a finalizer), 300 generations deep, driven by collections
# dialect: py2+3
# acceptable: generations 300
# interesting: generations \d+
import gc
import time

count = [0]


class Gen(object):
    def __init__(self, n):
        self.n = n
        self.me = self                      # a cycle: only the collector frees it
        self.junk = [str(i) * 3 for i in range(50)]

    def __del__(self):
        count[0] += 1
        if self.n < 300:
            Gen(self.n + 1)


Gen(1)
start = time.time()
for _ in range(2000):
    if count[0] >= 300 or time.time() - start > 10:    # the JVM may not finalize on collect
        break
    gc.collect()
print("generations %d" % count[0])
