class Point:
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

    @classmethod
    def origin(cls):
        return cls(0, 0)

    @staticmethod
    def helper(v):
        return v * 2


p = Point(1, 2)
q = Point(1, 2)
print(p, p == q, p != q, p is q, p + q, p.norm2, Point.origin(), Point.helper(4), Point.count)
print(Point.__hash__ is None, Point.__name__, Point.__qualname__, type(p).__name__)
try:
    hash(p)
except TypeError as e:
    print(e)


class Base:
    def hello(self):
        return "base hello"

    def who(self):
        return "Base"


class Child(Base):
    def hello(self):
        return "child+" + super().hello()

    def who(self):
        return "Child"


c = Child()
print(c.hello(), c.who(), isinstance(c, Base), issubclass(Child, Base), Child.__mro__)
print(Child.__bases__, hasattr(c, "hello"), getattr(c, "missing", 42))
c.dynamic = 5
print(c.dynamic, c.__dict__, vars(c))
del c.dynamic
try:
    c.dynamic
except AttributeError as e:
    print(e)


class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B" + super().f()


class C(A):
    def f(self):
        return "C" + super().f()


class D(B, C):
    def f(self):
        return "D" + super().f()


print(D().f(), [k.__name__ for k in D.__mro__])
try:
    class X(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    s.b
except AttributeError as e:
    print(e)
