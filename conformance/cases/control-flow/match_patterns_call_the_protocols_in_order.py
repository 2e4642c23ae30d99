# ---
# features: [control-flow, classes]
# dialect: py3
# description: which protocol calls a match statement makes, and in what order (CPython 3.11's compiler and MATCH_* instructions) - a sequence pattern asks len() (not for [*x]), takes nothing for all-wildcard patterns, subscripts each item around a wildcard star (len() again for each item after it), and iterates the subject otherwise; a class pattern reads every attribute it names before matching any sub-pattern, and stops reading at a missing one; a mapping pattern asks len() only when it has keys, looks up get once and calls it with a fresh object as the default (a defaultdict gains no key), and builds **rest from keys() and __getitem__
# ---
import collections
import collections.abc

log = []


class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        log.append("len")
        return len(self.items)

    def __getitem__(self, i):
        log.append("get %r" % (i,))
        return self.items[i]

    def __iter__(self):
        log.append("iter")
        return iter(self.items)


def seq(s):
    out = []
    match s:
        case [a, b, c]:
            out.append(("abc", a, b, c))
    match s:
        case [a, *_, b]:
            out.append(("a*_b", a, b))
    match s:
        case [a, *rest]:
            out.append(("a*rest", a, rest))
    match s:
        case [_, _]:
            out.append("two")
        case [*_]:
            out.append("any")
    match s:
        case [1, *_]:
            out.append("starts 1")
    match s:
        case [*_, 3]:
            out.append("ends 3")
    match s:
        case [*everything]:
            out.append(("all", everything))
    return out


class P:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self._x, self._y = x, y

    @property
    def x(self):
        log.append("x")
        return self._x

    @property
    def y(self):
        log.append("y")
        return self._y

    @property
    def z(self):
        log.append("z")
        raise AttributeError("z")


def cls(v):
    match v:
        case P(1, 9):
            return "p19"
        case P(1, y=2):
            return "p1y2"
        case P(x=5, z=_):
            return "z"
        case P(x=1, y=2):
            return "kw"
    return "none"


def dup(v):
    match v:
        case P(0, x=1):
            return "?"
    return "none"


class M(collections.abc.Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        log.append("getitem %r" % (k,))
        return self.d[k]

    def __iter__(self):
        log.append("iter")
        return iter(self.d)

    def __len__(self):
        log.append("len")
        return len(self.d)

    def keys(self):
        log.append("keys")
        return list(self.d)

    def get(self, k, default=None):
        log.append("get %r %s" % (k, type(default).__name__))
        return self.d.get(k, default)


def mapping(v):
    out = []
    match v:
        case {"a": 1, "b": 5}:
            out.append("ab5")
        case {"a": 1, **rest}:
            out.append(("rest", sorted(rest.items())))
    match v:
        case {}:
            out.append("a mapping")
    match v:
        case {**everything}:
            out.append(("all", sorted(everything.items())))
    match v:
        case {"zz": _}:
            out.append("zz")
    return out


def run(label, f, *args):
    del log[:]
    try:
        result = f(*args)
    except Exception as e:
        result = "%s: %s" % (type(e).__name__, e)
    print(label, result, log)


for items in ((1, 2, 3), (1, 2), (7,)):
    run("seq%r" % (items,), seq, Seq(*items))
for x, y in ((1, 2), (5, 2), (0, 2)):
    run("P(%d, %d)" % (x, y), cls, P(x, y))
run("duplicate attribute", dup, P(0, 1))
run("mapping", mapping, M({"a": 1, "b": 2, "c": 3}))
run("one-key mapping", mapping, M({"a": 1}))
d = collections.defaultdict(int, a=1)
run("defaultdict", mapping, d)
print(sorted(d))
