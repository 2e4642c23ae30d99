# ---
# features: [threads, concurrency, implementation-defined]
# dialect: py3
# description: concurrent list.append from two threads keeps every item, in some interleaving
# outcomes:
#   all-present: "True 2000\n"
# ---
import threading
out = []
def work(tag):
    for i in range(1000):
        out.append((tag, i))
ts = [threading.Thread(target=work, args=(k,)) for k in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
a = [i for tag, i in out if tag == "a"]
print(a == list(range(1000)), len(out))
