# ---
# features: [threads, concurrency]
# dialect: py3
# description: current_thread and main_thread identify threads
# ---
import threading
print(threading.current_thread() is threading.main_thread())
names = []
t = threading.Thread(target=lambda: names.append(threading.current_thread().name), name="worker-1")
t.start()
t.join()
print(names)
print(t.is_alive())
