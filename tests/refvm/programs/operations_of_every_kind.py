# Every operator and a few operations between values of 14 kinds (ints to user
# instances): CPython 3.11's error for each.  Until 2026-12-05 refvm formatted
# `"s" % C()` (its host class answers subscripts), named the host class in
# `C() in "s"` and said "doesn't" where CPython says "does not" and the
# other way round (space.delitem).
class C:
    pass
vals = [1, 1.5, 2j, "s", b"b", [1], (1,), {1: 2}, {1}, None, C(), True, range(3), frozenset([1])]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@", "<", "<=", ">", ">=", "in"]
for a in vals:
    for b in vals:
        for op in ops:
            try:
                eval("a %s b" % op)
                r = "ok"
            except Exception as e:
                r = "%s: %s" % (type(e).__name__, e)
            if r != "ok":
                print(type(a).__name__, op, type(b).__name__, r)
for a in vals:
    for expr in ("-a", "+a", "~a", "a[0]", "a()", "a.foo", "len(a)", "hash(a)", "iter(a)", "int(a)", "float(a)", "abs(a)", "a[0] = 1", "del a[0]", "a.foo = 1"):
        try:
            exec(expr, {"a": a})
            r = "ok"
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(type(a).__name__, expr, r)
