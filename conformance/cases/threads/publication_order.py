# ---
# features: [threads, concurrency, implementation-defined]
# dialect: py3
# description: 'a reader that sees the flag set also sees the data written before it (jcstress-style: 1 0 forbidden)'
# outcomes:
#   neither-seen: "0 0\n"
#   data-only: "1 0\n"
#   both-seen: "1 1\n"
# ---
import threading
class S:
    data = 0
    flag = 0
s = S()
go = threading.Event()
seen = []
def writer():
    go.wait()
    s.data = 1
    s.flag = 1
def reader():
    go.wait()
    f = s.flag
    d = s.data
    seen.append((d, f))
ts = [threading.Thread(target=writer), threading.Thread(target=reader)]
for t in ts:
    t.start()
go.set()
for t in ts:
    t.join()
print(seen[0][0], seen[0][1])
