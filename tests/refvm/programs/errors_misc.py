class A:
    def __init__(self, x):
        self.x = 1 / x
def make():
    return [A(i) for i in (2, 1, 0)]
try:
    make()
except ZeroDivisionError as e:
    import sys
    tb = e.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("depth", n)
for bad in (lambda: (_ for _ in ()).throw(1), lambda: exec("raise 5"), lambda: int.__new__(str), lambda: object.__new__(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class M(type):
    def __call__(cls):
        raise RuntimeError("no instances")
class B(metaclass=M): pass
try:
    B()
except RuntimeError as e:
    print(e)
def f():
    class Inner:
        x = undefined_thing
try:
    f()
except NameError as e:
    print(e)
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, e.args, repr(e))
e = ValueError("x")
e.note = "extra"
print(e.note, e.__dict__)
try:
    {}.update(1)
except TypeError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
try:
    [] + ()
except TypeError as e:
    print(e)
try:
    print(undefined_x)
except NameError as e:
    print(e)
make()
