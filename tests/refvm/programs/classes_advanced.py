class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        ns["added"] = name.lower()
        return super().__new__(mcs, name, bases, ns)

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        obj.via_meta = True
        return obj

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {"prepared": True}


class WithMeta(metaclass=Meta):
    def __init__(self, v):
        self.v = v


w = WithMeta(3)
print(type(WithMeta).__name__, WithMeta.added, WithMeta.prepared, w.v, w.via_meta)


class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)


class NonData:
    def __get__(self, obj, objtype=None):
        return "nondata"


class UsesDesc:
    d = Desc()
    nd = NonData()


u = UsesDesc()
print(u.d, u.nd)
u.d = 4
u.nd = "shadowed"
print(u.d, u.nd, type(UsesDesc.__dict__["d"]).__name__)


class Registry:
    subclasses = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Registry.subclasses.append((cls.__name__, tag))


class R1(Registry, tag="one"):
    pass


class R2(Registry):
    pass


print(Registry.subclasses)


class Dyn:
    def __getattr__(self, name):
        return "dyn_" + name


d = Dyn()
d.real = 1
print(d.real, d.anything)


class Guard:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secret")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback " + name

    def __setattr__(self, name, value):
        object.__setattr__(self, name, ("set", value))


g = Guard()
g.x = 1
print(g.x, g.secret)


class Prop:
    def __init__(self):
        self._v = 0

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        if value < 0:
            raise ValueError("negative")
        self._v = value

    @v.deleter
    def v(self):
        self._v = None


pr = Prop()
pr.v = 5
print(pr.v)
try:
    pr.v = -1
except ValueError as e:
    print(e)
del pr.v
print(pr.v)


class RO:
    @property
    def ro(self):
        return 1


try:
    RO().ro = 2
except AttributeError as e:
    print(e)


class MyInt(int):
    def __add__(self, other):
        return MyInt(int(self) + int(other) + 1000)

    def double(self):
        return self * 2


m = MyInt(5)
print(m, m + 1, 1 + m, m.double(), type(m).__name__, isinstance(m, int), m == 5, hash(m) == hash(5))


class MyList(list):
    def total(self):
        return sum(self)


ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), len(ml), type(ml + [5]).__name__, ml[1:3])


class MyDict(dict):
    def __missing__(self, key):
        return key * 2


md = MyDict(a=1)
print(md["a"], md["zz"], md)


class MyStr(str):
    def shout(self):
        return self.upper() + "!"


print(MyStr("hi").shout(), MyStr("a") + "b", repr(MyStr("q")))


class CallMe:
    def __call__(self, x):
        return x + 1


print(CallMe()(1), callable(CallMe()), callable(1))


class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress


with Ctx("a") as a, Ctx("b") as b:
    print("inside", a, b)
with Ctx("s", suppress=True):
    raise ValueError("suppressed")
try:
    with Ctx("n"):
        raise KeyError("through")
except KeyError as e:
    print("propagated", e)


def in_with():
    with Ctx("r"):
        return "returned"


print(in_with())


class Cls:
    def method(self):
        return __class__.__name__


print(Cls().method())


class Base:
    def __init__(self):
        self.trace = ["Base"]


class Left(Base):
    def __init__(self):
        super().__init__()
        self.trace.append("Left")


class Right(Base):
    def __init__(self):
        super().__init__()
        self.trace.append("Right")


class Bottom(Left, Right):
    def __init__(self):
        super().__init__()
        self.trace.append("Bottom")


print(Bottom().trace)


class E:
    def __eq__(self, o):
        return True


print(E.__hash__, E() == 1, E() != 1)
try:
    class Bad(int, str):
        pass
except TypeError as e:
    print(e)
try:
    class B2(bool):
        pass
except TypeError as e:
    print(e)
print(type(3), type("s"), type(None), type(type), type(len), int.__name__, object.__bases__)
