# At exit CPython finalizes what the program's globals kept alive (and dead
# cycles) in one collection; PyPy runs atexit handlers only.
import atexit


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def job():
    try:
        yield "working"
    finally:
        print("job finally")


dropped = Tracked("dropped cycle")
dropped.me = dropped
del dropped
kept = Tracked("global")
_private = Tracked("underscore global")
cyc = Tracked("global cycle")
cyc.me = cyc
running = job()
print(next(running))
atexit.register(print, "atexit first registered")
atexit.register(print, "atexit last registered")
print("end of program")
