# A suspended generator keeps no reference to the value it yielded: the value
# dies when its consumer drops it, before the generator resumes (refvm kept
# the last one in the frame's return slot until the next resumption).
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("  del", self.n)
def made(k):
    for i in range(k):
        yield T(i)
    print("  made ends")
for x in made(3):
    print("got", x.n)
    x = None
    print("dropped")
it = made(2)
y = next(it)
y = None
print("dropped y")
z = it.send(None)
del z
print("dropped z")
it = None
print("total", sum(t.n for t in made(4)))
print("list", [t.n for t in made(3)])
def relay(k):
    yield from made(k)
for x in relay(2):
    print("relayed", x.n)
    x = None
print("max", max(made(3), key=lambda t: -t.n).n)
print("any", any(t.n > 5 for t in made(3)))
print("end")
