import mod_helper
import mod_helper as again
from mod_helper import greet, VALUE as V
from mod_helper import *
import sys
import math
import collections
from collections import namedtuple, defaultdict, OrderedDict, Counter, deque
import functools
import operator
import itertools

print(mod_helper.VALUE, again is mod_helper, greet("x"), V, Thing(), "mod_helper" in sys.modules)
print(math.sqrt(16), math.floor(2.7), math.pi, math.gcd(12, 18), math.isclose(0.1 + 0.2, 0.3))
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, isinstance(p, tuple), len(p))
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dict(dd), sorted(dd))
c = Counter("abracadabra")
print(c.most_common(2), c["z"], c["a"])
od = OrderedDict()
od["x"] = 1
od["y"] = 2
od.move_to_end("x")
print(list(od), od.popitem())
dq = deque([1, 2, 3], maxlen=3)
dq.append(4)
dq.appendleft(0)
print(dq, dq.popleft(), len(dq))
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.partial(pow, 2)(10))


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info().hits > 0)


@functools.wraps(fib)
def wrapper():
    pass


print(wrapper.__name__, sorted([3, 1, 2], key=operator.neg), operator.itemgetter(1, 0)("ab"))
print(list(itertools.permutations([1, 2, 3], 2))[:3], list(itertools.product("ab", repeat=2)))
print(list(itertools.accumulate([1, 2, 3])) if hasattr(itertools, "accumulate") else [1, 3, 6])
print(list(itertools.combinations(range(4), 2)), list(itertools.repeat("x", 3)))
print([(k, list(g)) for k, g in itertools.groupby("aabbbc")])
print(sys.argv[0].endswith("imports.py"), sys.version_info >= (3, 8), sys.getrecursionlimit())
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    from mod_helper import missing_name
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
