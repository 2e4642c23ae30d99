# SyntaxErrors CPython 3.11 finds after parsing, in its symbol table and
# compiler (the host's parser, which refvm uses, does not): their messages
# and lines.  Until 2026-12-05 refvm accepted the __debug__ bindings, the
# repeated keyword, an annotated global and a walrus in a comprehension's
# iterable, and worded `continue` and late global declarations as older
# CPythons did.

SOURCES = [
    "return 1",
    "break",
    "def f():\n    continue",
    "yield 1",
    "nonlocal x",
    "def f(x):\n    global x",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f():\n    x = 1\n    print(x)\n    global x",
    "def f():\n    x: int = 1\n    global x",
    "def f():\n    global x\n    x: int = 1",
    "def f():\n    nonlocal x\n    x: int = 1",
    "x: int\nglobal x",
    "global x\nx: int = 1",
    "def f():\n    x = 1\n    def g():\n        x: int\n        nonlocal x",
    "def f(x, x): pass",
    "__debug__ = 1",
    "def f(__debug__): pass",
    "def f(*__debug__): pass",
    "def f(**__debug__): pass",
    "def f(a, *, __debug__): pass",
    "lambda __debug__: 1",
    "import __debug__",
    "import x as __debug__",
    "from x import y as __debug__",
    "class __debug__: pass",
    "def __debug__(): pass",
    "class C:\n    def __debug__(self): pass",
    "for __debug__ in []: pass",
    "with a as __debug__: pass",
    "try:\n    pass\nexcept E as __debug__:\n    pass",
    "(__debug__ := 1)",
    "__debug__ += 1",
    "__debug__: int = 1",
    "x.__debug__ = 1",
    "del x.__debug__",
    "del __debug__",
    "f(__debug__=1)",
    "class C(__debug__=1): pass",
    "[1 for __debug__ in x]",
    "print(__debug__)",
    "x.__debug__",
    "f(x=1, x=2)",
    "f(a, x=1, y=2,\n  x=3)",
    "class C(metaclass=M, metaclass=N): pass",
    "f(**a, x=1, **b, x=2)",
    "[x for x in (y := [1])]",
    "[i for i in range(3) for j in (i := range(2))]",
    "[x for x in range(3) if (y := x)]",
    "[x for x in (lambda: (y := 1))()]",
    "{x: y for x, y in [(z := 1, 2)]}",
    "[i for i in range(3) for j in range((i := 2))]",
]

for src in SOURCES:
    try:
        compile(src, "<snippet>", "exec")
        print("ok", end="")
    except SyntaxError as e:
        print(e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text), end="")
    print("   <-", src.replace("\n", " | "))
