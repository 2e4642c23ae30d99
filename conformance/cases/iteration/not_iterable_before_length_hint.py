# ---
# features: [iteration, builtins]
# dialect: py3
# description: list(x), tuple(x) and bytearray(x) of an object that is not iterable raise "not iterable" without asking its __length_hint__, whatever that would return or raise
# ---
class Hinted:
    def __init__(self, hint):
        self.hint = hint
        self.asked = 0

    def __length_hint__(self):
        self.asked += 1
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint


for hint in (3, -1, 2 ** 64, "x", ValueError("no")):
    for make in (list, tuple):
        o = Hinted(hint)
        try:
            make(o)
            print("made")
        except TypeError:
            print(make.__name__, repr(hint), "TypeError", o.asked)
        except (ValueError, OverflowError) as e:
            print(make.__name__, repr(hint), type(e).__name__, o.asked)
