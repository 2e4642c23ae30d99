class S:
    __slots__ = ("a", "__dict__")
s = S(); s.a = 1; s.b = 2; print(s.a, s.b, s.__dict__)
class P(list):
    @property
    def first(self): return self[0]
print(P([5, 6]).first)
try:
    print(list(1 / x for x in [1, 0]))
except ZeroDivisionError as e:
    print("zde", e)
g = 10
class C:
    global g
    g = 20
print(g)
def kw(*, a=1, b):
    return a, b
print(kw(b=2), kw(**{"b": 3, "a": 4}))
print(*(x for x in range(3)), sep="-")
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    (1, 2).count()
except TypeError as e:
    print(e)
x = [1, 2, 3]
del x[0], x[-1]
print(x)
a = b = c = 5
a += 1
print(a, b, c)
print(f"{'nested {}'.format(1)!r:>15}", f"{3.0:{'.2f'}}", f"{{literal}}", f"{x=}")
print(sorted({3: 'c', 1: 'a'}.items()), list(map(str.upper, "ab")), "".join(map(chr, [104, 105])))
def gen():
    try:
        yield 1
    finally:
        print("gen finally")
for v in gen():
    print(v)
    break
print("after break")
print(type(iter({})).__name__, type({}.keys()).__name__, type(range(3)).__name__)
print(isinstance(True, int), int.__mro__, bool.__bases__)
print(str(ValueError), repr(int), object.__name__)
print(getattr(C, "__name__"), C.__module__, C.__qualname__)
