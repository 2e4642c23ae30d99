# The warnings module (the host's warnings.py run on refvm, its pure-Python
# half: sys.warnoptions, sys.flags, sys._getframe and linecache under it):
# where a warning is said to come from (stacklevel, loops, nested calls), the
# default filters, each action, the registries that make "default" and "once"
# print once, catch_warnings, warn_explicit, formatwarning and showwarning.
# Warnings go to stdout here (sys.stderr rebound), so the comparison sees them.
import sys
import warnings

sys.stderr = sys.stdout


def deep(n, level):
    if n:
        return deep(n - 1, level)
    warnings.warn("deep %d" % level, UserWarning, stacklevel=level)


def caller():
    deep(2, 1)
    deep(2, 2)
    deep(2, 4)
    deep(2, 40)          # (past the outermost frame: "sys", line 1)


caller()

# once per location by default; a loop's warning prints on its first pass
for i in range(5):
    warnings.warn("in a loop")
    warnings.warn("message %d" % (i % 2), RuntimeWarning)

# the default filters: DeprecationWarning shown in __main__ only
print([f[0] + " " + f[2].__name__ for f in warnings.filters])
warnings.warn("deprecated here", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn_explicit("explicit", DeprecationWarning, "other.py", 3, module="other")
warnings.warn_explicit("explicit", UserWarning, "other.py", 3, module="other")


class MyWarning(UserWarning):
    pass


def record(action, *calls):
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter(action)
        for text, cat in calls:
            warnings.warn(text, cat)
            warnings.warn(text, cat)
    return [(str(w.message), w.category.__name__, w.lineno) for w in seen]


for action in ("always", "default", "once", "module", "ignore"):
    print(action, record(action, ("a", UserWarning), ("b", MyWarning), ("a", UserWarning)))

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="bad.*", category=UserWarning)
    warnings.filterwarnings("ignore", message="quiet")
    for text in ("bad news", "quiet", "fine", "badly"):
        try:
            warnings.warn(text)
            print("passed", text)
        except UserWarning as e:
            print("raised", type(e).__name__, e)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn(MyWarning("instance"))
    except MyWarning as e:
        print("caught", repr(e), e.args)
    try:
        warnings.warn("x", category=int)
    except TypeError as e:
        print("TypeError", e)

print(warnings.formatwarning("text", MyWarning, "f.py", 12, "line = 1"), end="")
print(warnings.formatwarning("text", UserWarning, sys.argv[0], 1), end="")


def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", message, category.__name__, filename == sys.argv[0], lineno)


old = warnings.showwarning
warnings.showwarning = show
warnings.warn("through showwarning")
for i in range(3):
    warnings.warn("showwarning in a loop %d" % i)
warnings.showwarning = old
print(sorted(k for k in globals()["__warningregistry__"] if k != "version")[:3])
warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset")
