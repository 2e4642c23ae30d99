# Methods of list / dict / str called on exact instances inside traces (the host's
# own methods, called directly): errors raised by them, keys whose __eq__ is VM
# code, subclasses, and a method whose receiver changes class mid-loop.


class Key(object):
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        seen.append(("eq", self.s, other))
        return self.s == other


seen = []
d = {Key("k7"): "instance", "k1": "one"}
out = []
for i in range(40):
    out.append(d.get("k%d" % (i % 9), -1))
print(out[:10], seen[:3], len(seen))

stack = list(range(30))
popped = []
try:
    for i in range(50):
        popped.append(stack.pop())
except IndexError as e:
    print("IndexError", e, len(popped))


class MyDict(dict):
    def get(self, k, default=None):
        return "sub:%s" % k


words = []
for i in range(60):
    s = "a,b,c%d" % i if i != 45 else "x"
    words.append((s.split(","), s.startswith("a,"), s.find("c"), s.replace(",", ";").upper()))
    try:
        s.split("")
    except ValueError as e:
        if i == 0:
            print("ValueError", e)
print(words[0], words[45], len(words))

recv = {}
got = []
for i in range(60):
    if i == 30:
        recv = MyDict()
    got.append(recv.get(i, "none"))
print(got[28:33])
