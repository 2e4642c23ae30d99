# A __hash__ result that fits a Py_ssize_t is the hash itself (CPython's
# slot_tp_hash), so an instance hashing like a str finds the str's dict entry;
# larger results are reduced by int's hash, and -1 becomes -2.


class Key(object):
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v if isinstance(self.v, int) else hash(self.v)

    def __eq__(self, other):
        return (self.v if not isinstance(other, Key) else other.v) == other or self.v == other


for v in ("k7", "another key", 2 ** 61, 2 ** 62, -(2 ** 63), 2 ** 63, 2 ** 64 + 5, -1, -2, 0):
    print(repr(v), hash(Key(v)) == hash(v), hash(Key(v)) if isinstance(v, int) else "")
d = {Key("k7"): "instance"}
print(d.get("k7"), "k7" in d)
