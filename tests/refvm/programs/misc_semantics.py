def deco(cls):
    cls.tag = "decorated"
    return cls
@deco
class K:
    pass
print(K.tag)
calls = []
def side(v):
    calls.append(v)
    return v
print(side(1) < side(2) < side(0) < side(5), calls)
print(f"{'a' if True else 'b'}{1+1}{[x for x in 'ab']!r}{ {'k': 1}['k'] }")
def many(*args, **kw): return args, sorted(kw)
print(many(*[1, 2], 3, *(4,), a=1, **{"b": 2}, c=3))
print({x: [y for y in range(x)] for x in range(3)})
class Counter:
    n = 0
    def __init__(self):
        type(self).n += 1
Counter(); Counter()
print(Counter.n)
def g():
    try:
        yield 1
        raise KeyError("x")
    except KeyError as e:
        yield "caught " + str(e)
print(list(g()))
x = 5
def outer():
    x = 1
    def inner():
        return [x for _ in range(2)]
    return inner()
print(outer())
print([(a, b) for a, b in zip(*[iter(range(6))] * 2)])
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, -1, 2], key=abs, reverse=True))
s = "hello"
print(s[1:-1:2], s[::-1][:2], s[10:], s[-100:2])
lst = list(range(10))
lst[2:5] = ["x"]
del lst[::3]
print(lst)
print(type(NotImplemented).__name__, type(...).__name__, ... is Ellipsis)
print(int.__add__(1, 2), str.join(",", ["a", "b"]), list.__len__([1, 2]))
print(bool.__mro__, type(True).__mro__[1].__name__)
print((lambda: (yield))().__class__.__name__ if False else "skip")
class A:
    def __init__(self): self.v = 1
    def __eq__(self, o): return isinstance(o, A) and o.v == self.v
    __hash__ = object.__hash__
print(A() == A(), len({A(), A()}))
print(max("abc", key=ord), min([], default=None), divmod(-7, 2), pow(2, -2), 3 ** 2 ** 2)
print(not None, None == None, None is None, [] == [], "" or "default", 0 or [] or {})
