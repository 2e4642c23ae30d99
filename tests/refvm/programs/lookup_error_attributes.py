# AttributeError.name and .obj, NameError.name (CPython 3.10+): set by a
# failed lookup, None when the exception is made without them, settable,
# and taken as keywords by the constructors.  refvm had none of them until
# 2026-12-05 (AttributeError: 'AttributeError' object has no attribute 'name').


class C:
    bar = 2


def attempt(thunk):
    try:
        thunk()
    except (AttributeError, NameError) as e:
        obj = getattr(e, "obj", "-")
        return type(e).__name__, e.name, type(obj).__name__ if obj != "-" else "-"


c = C()
print(attempt(lambda: c.baz))
print(attempt(lambda: C.baz))
print(attempt(lambda: (1).bit_lenght))
print(attempt(lambda: undefined_name))
print(attempt(lambda: __import__("math").sqr))
e = AttributeError("made")
print(e.name, e.obj, e.args)
e = AttributeError("made", name="n", obj=c)
print(e.name, e.obj is c, e.args)
e.name = "m"
print(e.name)
e = NameError("made", name="x")
print(e.name, e.args)
try:
    AttributeError("x", bogus=1)
except TypeError as t:
    print(t)
try:
    NameError("x", obj=1)
except TypeError as t:
    print(t)


def unbound():
    print(v)
    v = 1


try:
    unbound()
except UnboundLocalError as u:
    print(type(u).__name__, u.name)


# an AttributeError out of a property or __getattr__ learns what was looked up
class P:
    @property
    def prop(self):
        raise AttributeError("inside")

    def __getattr__(self, name):
        if name == "dyn":
            raise AttributeError("from __getattr__", name="given")
        raise AttributeError(name)


p = P()
for attr in ("prop", "dyn", "other"):
    try:
        getattr(p, attr)
    except AttributeError as e:
        print(attr, e.args, e.name, type(e.obj).__name__)
