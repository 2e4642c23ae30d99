# expect: 1
# lazy initialisation without a lock: both threads may see "missing" and create
import threading
cache = {}
created = []
def get_resource(who):
    if "res" not in cache:
        created.append(who)
        cache["res"] = object()
    return cache["res"]
def work(who):
    for _ in range(3):
        get_resource(who)
ts = [threading.Thread(target=work, args=(w,)) for w in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(created))
