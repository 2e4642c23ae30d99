# warnings.warn in hot loops, directly and through calls: it reads its
# callers' frames (sys._getframe, f_back, f_lineno, f_globals), which a trace
# keeps virtual, so the JIT must not record through it (INTROSPECTING) and
# the lines and registries it sees must be the interpreter's.
import sys
import warnings

sys.stderr = sys.stdout


def inner(i, level):
    warnings.warn("inner %d" % (i % 3), UserWarning, stacklevel=level)


def middle(i, level):
    inner(i, level)
    return i


def frames_up():
    f = sys._getframe(1)
    n = 0
    while f is not None:
        n += 1
        f = f.f_back
    return n


total = 0
for i in range(60):
    total += middle(i, 1 + i % 3)
    if i % 7 == 0:
        warnings.warn("every seventh", RuntimeWarning)
    total += frames_up()
print(total)

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    for i in range(40):
        middle(i, 2)
        if i % 5 == 0:
            inner(i, 3)
print(len(seen), sorted(set((str(w.message), w.lineno) for w in seen)))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    caught = 0
    for i in range(30):
        try:
            middle(i, 2)
        except UserWarning as e:
            caught += i if str(e) == "inner 0" else 1
    print(caught)
print(sorted(k[2] for k in globals().get("__warningregistry__", {}) if k != "version"))
