# ---
# features: [threads, concurrency]
# dialect: py3
# description: a new thread does not see the main thread's local attributes
# ---
import threading
local = threading.local()
local.v = 1
seen = []
t = threading.Thread(target=lambda: seen.append(hasattr(local, "v")))
t.start()
t.join()
print(seen)
