# One source exec'd in two namespaces: each function is a new function of the
# same code object, with other globals.  A trace, generator step or function
# body compiled for one must not run with the other's globals (until
# 2026-12-05 the second namespace's loop read the first's X: 3001, not 6000).
SRC = '''
def loop():
    s = 0
    for i in range(3000):
        s += X
    return s

def gen(n):
    for i in range(n):
        if i % 3:
            yield i * X

def drained():
    return sum(gen(3000)), list(gen(20))[-1]

def looped():
    t = 0
    for v in gen(3000):
        t += v + X
    return t

def body(k):
    return k * X + len(NAME)

def calls():
    t = 0
    for i in range(2000):
        t += body(i)
    return t

def module_level_names():
    return [body(i) for i in range(5)]
'''
code = compile(SRC, "shared", "exec")
one = {"X": 1, "NAME": "one"}
two = {"X": 2, "NAME": "second"}
exec(code, one)
exec(code, two)
print(one["loop"].__code__ is two["loop"].__code__)
for fn in ("loop", "drained", "looped", "calls", "module_level_names"):
    print(fn, one[fn](), two[fn](), one[fn](), two[fn]())
# a third namespace after everything is compiled
three = {"X": 3, "NAME": ""}
exec(code, three)
print([three[fn]() for fn in ("loop", "drained", "looped", "calls")])
# the same module-level loop run in two namespaces
LOOP = compile("s = 0\nfor i in range(2500):\n    s += X\n", "mod", "exec")
for X in (1, 2, 5):
    ns = {"X": X}
    exec(LOOP, ns)
    print(ns["s"])
