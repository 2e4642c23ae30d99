# Frames as code run by an instruction or a builtin sees them: sys._getframe(n)
# and f_back reach the frame that ran the instruction (refvm: "call stack is not
# deep enough" until 2026-12-05), whose f_lineno is its current line (refvm gave
# the line of its last call), and a warning issued there names that line.
import sys


def who(n):
    f = sys._getframe(n)
    return f.f_code.co_name, f.f_lineno


class A:
    def __bool__(self):
        print("bool", who(2))
        return True

    def __add__(self, other):
        print("add", who(2))
        return 1

    def __radd__(self, other):
        print("radd", who(2))
        return 1

    def __getitem__(self, key):
        print("getitem", who(2))
        return 1

    def __len__(self):
        print("len", who(2))
        return 1

    def __eq__(self, other):
        print("eq", who(2))
        return True

    def __hash__(self):
        print("hash", who(2))
        return 1

    def __iter__(self):
        print("iter", who(2))
        return iter([1])

    def __contains__(self, key):
        print("contains", who(2))
        return True

    def __getattr__(self, name):
        print("getattr", who(2))
        return 1

    def __call__(self):
        print("call", who(2))
        return 1

    def __enter__(self):
        print("enter", who(2))
        return self

    def __exit__(self, *exc):
        print("exit", who(2))
        return False

    def __index__(self):
        print("index", who(2))
        return 0

    def __str__(self):
        print("str", who(2))
        return "s"

    def __repr__(self):
        print("repr", who(2))
        return "r"


a = A()


def uses():
    not a
    a + 1
    1 + a
    a[0]
    len(a)
    a == 1
    hash(a)
    for _ in a:
        pass
    1 in a
    a.zz
    a()
    with a:
        pass
    [1][a]
    str(a)
    repr(a)
    bool(a)
    if a:
        pass
    "%s" % a
    f"{a}"


for _ in range(3):
    uses()


def g():
    yield who(2)
    yield who(2)


def consumer():
    it = g()
    first = next(it)
    rest = [x for x in it]
    return first, rest


for _ in range(3):
    print(consumer())
gen = g()
next(gen)
print(gen.gi_frame.f_back)
print(sorted([3, 1], key=lambda x: (who(2), x)[1]))
print(list(map(lambda x: who(2), [1])))


class K:
    def __init__(self):
        self.where = who(2)


print(K().where)
print(sys._getframe().f_lineno, len("abc"), sys._getframe().f_lineno)

# NotImplemented in a boolean context: a DeprecationWarning about the line
# (default filters: shown for __main__, kept in its __warningregistry__)
x = bool(NotImplemented)
y = not NotImplemented
print(x, y, sorted(k[2] for k in globals()["__warningregistry__"] if k != "version"))


def warned():
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if NotImplemented:
            pass
        z = [bool(NotImplemented) for _ in range(2)]
    return z, [(str(w.message), w.category.__name__, w.lineno) for w in caught]


print(warned())
