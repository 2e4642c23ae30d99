# expect: worker saw db
# the worker uses a connection the main thread publishes only after start()
import threading
shared = {}
def worker():
    for _ in range(5):
        pass
    conn = shared.get("conn")
    print("worker saw", conn)
t = threading.Thread(target=worker)
t.start()
shared["conn"] = "db"
t.join()
