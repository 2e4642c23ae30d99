# ---
# features: [threads, concurrency]
# dialect: py2+3
# description: threading.local gives each thread its own attributes
# ---
import threading
local = threading.local()
local.v = "main"
seen = []
def work(n):
    local.v = n
    seen.append(local.v)
ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen))
print(local.v)
