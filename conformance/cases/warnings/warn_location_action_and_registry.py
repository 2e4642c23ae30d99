# ---
# features: [warnings, builtins]
# dialect: py3
# description: warnings.warn names the frame stacklevel calls out (past the outermost, file sys and line 1); the default action shows a warning once per location and category, "once" once per text, "module" once per module, "always" every time; an "error" filter raises it; the registry is the caller's module's
# ---
import sys
import warnings


def deep(n, level):
    if n:
        return deep(n - 1, level)
    warnings.warn("deep %d" % level, UserWarning, stacklevel=level)


def show(w):
    return (str(w.message), w.category.__name__, w.filename == __file__, w.lineno)


with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    for level in (1, 2, 3, 50):
        deep(2, level)
print([show(w) for w in seen])

for action in ("default", "once", "module", "always", "ignore"):
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter(action)
        for i in range(3):
            warnings.warn("same text")
            warnings.warn("same text")
            warnings.warn("text %d" % (i % 2), RuntimeWarning)
    print(action, [show(w) for w in seen])

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="bad", category=RuntimeWarning)
    for text, category in (("bad one", RuntimeWarning), ("bad two", UserWarning), ("fine", RuntimeWarning)):
        try:
            with warnings.catch_warnings(record=True) as seen:
                warnings.warn(text, category)
            print("shown", [show(w) for w in seen])
        except RuntimeWarning as e:
            print("raised", type(e).__name__, e)

warnings.showwarning("shown by hand", DeprecationWarning, "somewhere.py", 12, file=sys.stdout,
                     line="x = 1")
print(warnings.formatwarning("formatted", UserWarning, "f.py", 3, "y = 2"), end="")
