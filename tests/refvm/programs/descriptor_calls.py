# Builtin types' methods called as CPython 3.11's descriptors take them: a
# method called through its type with no instance or another type's
# ("descriptor 'append' for 'list' objects doesn't apply to a 'int' object"),
# slot wrappers called with the wrong number of arguments ("expected 1
# argument, got 0"), bound methods' errors naming the instance's type, a
# sequence's + and * called by name raising where the operator tries the
# other operand, and the checks of type and object attribute setting.
# refvm accepted most wrong instances until 2026-12-05 (`dict.update(None,
# 1)` went through, `type.__call__(None)` was an internal error).


def outcome(f, *args):
    try:
        r = f(*args)
        text = repr(r) if " at 0x" not in repr(r) else "<%s>" % type(r).__name__
        return "ok " + text[:40] if not callable(r) else "ok"
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class L(list):
    pass


TYPES = [int, str, list, tuple, dict, set, bytes, object, type, BaseException, KeyError]
SELVES = [None, 7, "s", [1], ValueError("e"), L([2])]
SKIP = {"__new__", "__init_subclass__", "__subclasshook__", "__class_getitem__", "fromkeys",
        "maketrans", "mro", "__prepare__", "__instancecheck__", "__subclasscheck__",
        "__subclasses__", "__dir__", "__sizeof__", "__reduce__", "__reduce_ex__",
        "__getnewargs__", "__init__", "__repr__", "__str__", "__format__", "__hash__",
        # (not in refvm's type dicts: inherited from object there, or class
        # methods; pickling's methods are missing, docs/refvm.md "Not yet")
        "__getattribute__", "__setattr__", "__delattr__", "__setstate__", "__getstate__",
        "from_bytes", "fromhex"}
for t in TYPES:
    for name in sorted(vars(t)):
        d = vars(t)[name]
        if not callable(d) or name in SKIP:
            continue
        for s in SELVES:
            for args in ((), (s,), (s, 1)):
                print(t.__name__, name, type(s).__name__, len(args), outcome(d, *args))

# slot wrappers and method descriptors with the wrong number of arguments,
# bound by attribute access (names the instance's type) and called directly
for v in (1, 2.5, "s", [1], (1,), {1: 2}, {3}, b"b", True, None, L()):
    for name in ("__add__", "__mul__", "__rmul__", "__eq__", "__lt__", "__len__", "__getitem__",
                 "__contains__", "__iter__", "__neg__", "__bool__", "__setitem__", "__pow__",
                 "__getattribute__", "__setattr__", "__imul__", "__iadd__", "__format__",
                 "__sizeof__", "__round__", "append", "index", "count", "__init_subclass__"):
        m = getattr(v, name, None)
        if m is None:
            continue
        first = outcome(m) if name != "__sizeof__" else "(a size)"
        print(type(v).__name__, name, first, outcome(m, 1, 2, 3))
print(outcome(lambda: L().__sizeof__(1)), outcome(lambda: [].__format__()))
print(repr(int.__add__), repr(list.append), repr(list.__getitem__), repr(dict.__contains__),
      repr(object.__eq__), repr(str.__mul__))
print(outcome(list.append.__get__, 1), outcome(list.append.__get__, L()))

# a sequence's + and * by name
for v in ("ab", [1], (1,), b"x", bytearray(b"y")):
    for other in (1, 1.5, "c", [2], (3,), b"z", None):
        print(type(v).__name__, type(other).__name__, outcome(v.__add__, other),
              outcome(v.__mul__, other), outcome(v.__rmul__, other))
print(outcome("".join, 5), outcome("".join, [1]), outcome(b"".join, None),
      outcome("-".join, iter("abc")))

# attributes of types and objects
class M(type):
    pass


class A(metaclass=M):
    x = 1


for t in (int, str, type, A, M):
    for name, val in (("x", 1), ("__name__", "n"), ("__doc__", "d"), ("__qualname__", "q"),
                      ("real", 2), ("__module__", "m"), (1, 1)):
        print(t.__name__, name, outcome(setattr, t, name, val), outcome(delattr, t, name))
print(outcome(object.__setattr__, int, "x", 1), outcome(object.__delattr__, A, "x"),
      outcome(object.__setattr__, 1, "x", 1))


class B:
    def __init__(self, x):
        super().__init__(x)


print(outcome(B, 1), outcome(object().__init__, 1), outcome(type.__init__, A, 1),
      outcome(type.__init__, A, "A", (), {}), outcome(object.__format__, None, 1))
e = ValueError("v")
print(outcome(e.with_traceback, 1), outcome(setattr, e, "__traceback__", "tb"),
      outcome(e.with_traceback, None))
print(outcome(list.index, [1]), outcome([1].index), outcome(tuple.index, (1,)),
      outcome(dict.fromkeys), outcome(dict.fromkeys, 1, 2, 3))
