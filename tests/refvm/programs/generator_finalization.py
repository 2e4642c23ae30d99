def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)
g = gen("a")
next(g)
g = None
print("after drop")
for v in gen("b"):
    break
print("after break")
def bad():
    try:
        yield 1
    finally:
        raise ValueError("in finally")
b = bad(); next(b); del b
print("end")
x = gen("c")
next(x)
