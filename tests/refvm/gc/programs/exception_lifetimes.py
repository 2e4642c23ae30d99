# A frame an exception leaves keeps its locals alive while the traceback (the
# exception) lives: CPython finalizes them when the handler ends or the saved
# exception is dropped.
class T:
    def __init__(self, n): self.n = n
    def __del__(self): print("  del", self.n)
def fail():
    t = T(1)
    raise KeyError("x")
try:
    fail()
except KeyError:
    print("handling")
print("after handler")
def fail2():
    t = T(2)
    raise KeyError("y")
try:
    fail2()
except KeyError as e:
    err = e
print("kept exception")
err = None
print("dropped exception")
def gen():
    t = T(3)
    yield 1
    print("  gen resumes")
for v in gen():
    print("  got", v)
print("after gen loop")
x = [T(4), T(5)]
x.sort(key=lambda t: -t.n)
x = None
print("after sort")
import functools
p = functools.partial(print, T(6))
p = None
print("after partial")
d = {T(7): 1}
d.clear()
print("after clear")
print("end")
