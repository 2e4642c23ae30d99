# threading.local: per-thread attributes; a subclass's __init__ runs per thread
import threading
class Ctx(threading.local):
    def __init__(self, base):
        self.base = base
        self.items = []
ctx = Ctx(10)
ctx.items.append("main")
plain = threading.local()
plain.x = "main"
out = {}
def work(n):
    ctx.items.append(n)
    out[n] = (ctx.base, list(ctx.items), hasattr(plain, "x"))
    plain.x = n
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()))
print(ctx.items, plain.x)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError", e)
