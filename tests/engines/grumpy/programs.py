"""Small py2+3 programs that must print the same on Grumpy as on CPython (one per rule)."""

PROGRAMS = {
    "closures_share_cells": '''
def counter():
    box = [0]
    def inc():
        box[0] += 1
        return box[0]
    return inc
c = counter()
c(); c()
print(c())
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get()
print(outer())
''',
    "classes_inheritance_super": '''
class Base(object):
    kind = "base"
    def __init__(self, n):
        self.n = n
    def describe(self):
        return "%s:%d" % (self.kind, self.n)
class Child(Base):
    kind = "child"
    def __init__(self, n):
        super(Child, self).__init__(n * 2)
    def describe(self):
        return "<" + Base.describe(self) + ">"
print(Child(4).describe())
print(isinstance(Child(1), Base))
print(Child.__name__)
class WithStatic(object):
    @staticmethod
    def s(x):
        return x + 1
    @classmethod
    def c(cls):
        return cls.__name__
    @property
    def p(self):
        return 42
print(WithStatic.s(1))
print(WithStatic.c())
print(WithStatic().p)
''',
    "try_except_finally_flow": '''
def f(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "many"
    except ValueError as e:
        return "caught %s" % e
    finally:
        print("finally %d" % n)
for i in range(3):
    print(f(i))
def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body %d" % i)
        finally:
            print("fin %d" % i)
    else:
        print("not reached")
    return "done"
print(g())
try:
    try:
        raise KeyError("k")
    except IndexError:
        print("wrong")
except KeyError:
    print("outer caught")
else:
    print("no")
''',
    "loops_else": '''
for i in range(3):
    pass
else:
    print("for else %d" % i)
n = 0
while n < 10:
    n += 3
    if n == 9:
        break
else:
    print("not printed")
print(n)
while False:
    pass
else:
    print("while else")
''',
    "generators_and_send": '''
def gen(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("got %s" % got)
g = gen(4)
print(next(g))
print(g.send("hello"))
print(list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 50:
        break
    out.append(x)
print(out)
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
print(list(with_finally()))
''',
    "generator_throw_and_close": '''
def catcher():
    n = 0
    while True:
        try:
            yield n
        except ValueError:
            n = n + 10
        except GeneratorExit:
            print("closing at %d" % n)
            raise
it = catcher()
print([next(it), it.throw(ValueError("x")), next(it)])
it.close()
it.close()
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError:
    print("ignored GeneratorExit")
fresh = catcher()
try:
    fresh.throw(KeyError("k"))
except KeyError:
    print("thrown into an unstarted generator")
print(list(fresh))
''',
    "private_name_mangling": '''
class A(object):
    def __init__(self):
        self.__secret = 1
        self.__dunder__ = 2
    def get(self):
        return self.__secret
class _B(A):
    __hidden = 3
    def peek(self):
        return [self.__hidden, getattr(self, "_A__secret")]
b = _B()
print([b.get(), b._A__secret, b._B__hidden, b.peek(), hasattr(b, "__secret"), b.__dunder__])
''',
    "free_variable_read_before_assignment": '''
def outer():
    def inner():
        return late
    try:
        inner()
    except NameError:
        print("NameError")
    late = 1
    return inner()
print(outer())
''',
    "comprehensions": '''
print([x * y for x in range(3) for y in range(3) if x != y])
print(sorted({x % 3 for x in range(10)}))
print(sorted({k: k * k for k in range(4)}.items()))
print(sum(x * x for x in range(10) if x % 2))
print(list((a, b) for a in "ab" for b in (1, 2)))
''',
    "globals_and_builtins": '''
total = 0
def add(n):
    global total
    total += n
for i in range(5):
    add(i)
print(total)
print(len("abc"), max(3, 7), min([4, 2]), abs(-3))
print(sorted([3, 1, 2]))
print(hasattr(add, "__call__"))
print(getattr(add, "nope", "default"))
''',
    "formatting": '''
print("%s|%r|%d|%x|%f" % ("a", "b", 42, 255, 0.5))
print(repr(1.5))
print(str(10 ** 20))
print(-7 // 2)
print(-7 % 3)
print(2 ** 100)
''',
    "args_kwargs_defaults": '''
def f(a, b=2, *args, **kwargs):
    return "%r %r %r %r" % (a, b, args, sorted(kwargs.items()))
print(f(1))
print(f(1, 3, 4, 5, x=6))
print(f(*[1, 2, 3], **{"y": 4}))
print(f(b=5, a=0))
''',
    "unpacking_and_augassign": '''
a, (b, c) = 1, (2, 3)
print(a + b + c)
x = [1, 2, 3]
x[1] += 10
print(x)
d = {"k": 1}
d["k"] *= 5
print(d)
class O(object):
    pass
o = O()
o.v = 1
o.v -= 3
print(o.v)
del x[0]
print(x)
''',
    "with_statement": '''
class CM(object):
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter " + self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit %s %s" % (self.name, t.__name__ if t else None))
        return self.swallow
with CM("a") as v:
    print(v)
with CM("b", True):
    raise ValueError("x")
print("after")
try:
    with CM("c"):
        raise KeyError("y")
except KeyError:
    print("propagated")
''',
    "uncaught_exception": '''
def f():
    return {}["missing"]
print("before")
f()
''',
    "custom_exception_uncaught": '''
class MyError(Exception):
    pass
raise MyError("boom")
''',
    "sys_exit_status": '''
import sys
print("bye")
sys.exit(3)
''',
    "threads_join": '''
import threading
results = []
lock = threading.Lock()
def work(n):
    with lock:
        results.append(n * n)
ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
''',
    "conditional_and_boolean_ops": '''
x = 0 or "" or [] or "last"
y = 1 and 2 and 3
print(x, y) if False else print(x)
print(y)
print(1 < 2 < 3, 1 < 3 < 2)
print(None is None, 1 is not None, 2 in [1, 2], 3 not in (1,))
print("yes" if [] else "no")
print(not 0)
''',
    "string_methods": '''
s = "Hello, World"
print(s.lower(), s.upper())
print(s.split(", "))
print("-".join(["a", "b", "c"]))
print(s[1:5], s[::-1], s[-3:])
print(s.replace("l", "L").find("W"))
print("%d items" % len(s))
''',
}

# Where Grumpy's runtime differs from CPython: the harness must show these as divergences.
KNOWN_DIVERGENCES = {
    "sorted_ignores_reverse": "print(sorted([3, 1, 2], reverse=True))\n",
    "format_mapping": "print('%(a)s' % {'a': 1})\n",
    "format_precision": "print('%.2f' % 3.14159)\n",
}

# Constructs outside the py2+3 dialect: the transpiler names them (outcome `unsupported`).
UNSUPPORTED = {
    "f-string": "x = 1\nprint(f'{x}')\n",
    "nonlocal": "def f():\n    x = 1\n    def g():\n        nonlocal x\n    return g\n",
    "keyword-only parameters": "def f(*, a):\n    return a\n",
    "assignment expression (:=)": "if (n := 3):\n    print(n)\n",
    "async def": "async def f():\n    pass\n",
    "starred assignment target": "a, *b = [1, 2, 3]\n",
    "yield from": "def g():\n    yield from [1]\n",
    "operator MatMult": "print(1 @ 2)\n",
    "raise ... from": "raise ValueError() from None\n",
    "eval()": "print(eval('1 + 1'))\n",
}
