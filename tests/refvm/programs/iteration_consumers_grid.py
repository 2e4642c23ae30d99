# Every consumer of iterables (list, tuple, set, sorted, sum, min/max, any/all, zip, map,
# reversed, str.join, list.extend, f(*x), [*x], bytes, in, reduce, ...) over iterables that
# misbehave in each way (__getitem__ only, __iter__ giving a non-iterator or raising,
# __next__ raising part-way, lying __length_hint__, generators that raise), with the calls
# each makes (2026-12-05 grid: refvm never asked __length_hint__ where CPython does,
# reversed() read a sequence eagerly, f(*x)'s and reduce's and 'in''s errors).
import itertools, operator, functools
log = []
class Seq:
    def __getitem__(self, i):
        log.append(i)
        if i >= 3: raise IndexError(i)
        return i
class SeqKey:
    def __getitem__(self, i):
        log.append(i)
        if i >= 2: raise KeyError(i)
        return i
class BadIter:
    def __iter__(self): return 5
class RaisingIter:
    def __iter__(self): raise RuntimeError("no iter")
class It:
    def __init__(self, n, fail_at=None, hint=None): self.i = 0; self.n = n; self.fail_at = fail_at; self.hint = hint
    def __iter__(self): return self
    def __next__(self):
        log.append(self.i)
        if self.i == self.fail_at: raise ValueError("at %d" % self.i)
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i - 1
    def __length_hint__(self):
        log.append("hint")
        return self.hint if self.hint is not None else 0
class NoIterNext:
    def __iter__(self): return self
def gen(n, fail_at=None):
    for i in range(n):
        log.append(("g", i))
        if i == fail_at: raise ZeroDivisionError(i)
        yield i
iterables = [
    ("seq", lambda: Seq()), ("seqkey", lambda: SeqKey()), ("baditer", lambda: BadIter()),
    ("raisingiter", lambda: RaisingIter()), ("it3", lambda: It(3)), ("itfail1", lambda: It(3, 1)),
    ("ithint", lambda: It(2, None, 100)), ("ithintneg", lambda: It(2, None, -5)),
    ("nonext", lambda: NoIterNext()), ("gen3", lambda: gen(3)), ("genfail2", lambda: gen(4, 2)),
    ("int", lambda: 5), ("empty", lambda: It(0)),
]
consumers = [
    ("list", list), ("tuple", tuple), ("set", set), ("frozenset", frozenset), ("sorted", sorted),
    ("sum", sum), ("min", lambda x: min(x, default=None)), ("max", max), ("any", any), ("all", all),
    ("enumerate", lambda x: list(enumerate(x))), ("zip", lambda x: list(zip(x, "abcd"))),
    ("zip_r", lambda x: list(zip("ab", x))), ("map", lambda x: list(map(str, x))),
    ("filter", lambda x: list(filter(None, x))), ("reversed", lambda x: list(reversed(x))),
    ("dict_fromkeys", dict.fromkeys), ("join", lambda x: ",".join(map(str, x))),
    ("extend", lambda x: [9].extend(x)), ("unpack", lambda x: (lambda a, *b: (a, b))(*x)),
    ("star", lambda x: [*x]), ("in", lambda x: 2 in x), ("bytes", bytes), ("bytearray", bytearray),
    ("iter", lambda x: type(iter(x)).__name__), ("next", lambda x: next(iter(x))),
    ("chain", lambda x: list(itertools.chain(x, [7]))), ("islice", lambda x: list(itertools.islice(x, 2))),
    ("reduce", lambda x: functools.reduce(operator.add, x)), ("dict", lambda x: dict(zip(x, x))),
    ("listcomp", lambda x: [v for v in x]), ("genexp_sum", lambda x: sum(v for v in x)),
    ("str_join_direct", lambda x: "".join(x)), ("sorted_rev", lambda x: sorted(x, reverse=True)),
    ("max_key", lambda x: max(x, key=lambda v: -v)), ("map2", lambda x: list(map(operator.add, x, x))),
    ("unpack3", lambda x: (lambda a, b, c: a)(*x)), ("assign3", lambda x: exec("a, b, c = x", {"x": x})),
]
for cn, c in consumers:
    for iname, mk in iterables:
        del log[:]
        try:
            r = c(mk())
            out = repr(r)
        except Exception as e:
            out = "EXC %s: %s" % (type(e).__name__, e)
        print(cn, iname, out, log)

class RS:
    def __len__(self): print('len'); return 3
    def __getitem__(self, i):
        print('get', i)
        if i == 0: raise IndexError
        return i
r = reversed(RS())
print(type(r).__name__)
print(list(r))
class N:
    def __getitem__(self, i): return i
try: reversed(N())
except TypeError as e: print(e)
class R:
    __reversed__ = None
    def __getitem__(self, i): return i
    def __len__(self): return 1
try: reversed(R())
except TypeError as e: print(e)

def fa(*a): return a
try: fa(*5)
except TypeError as e: print(e)
try: fa(1, *5)
except TypeError as e: print(e)
try: [*5]
except TypeError as e: print(e)
try: print(*5)
except TypeError as e: print(e)
