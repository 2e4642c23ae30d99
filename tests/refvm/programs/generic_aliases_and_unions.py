# PEP 585 generic aliases (`list[int]`) and PEP 604 unions (`int | None`),
# as CPython 3.11 has them: reprs, equality and hashing, flattening and
# repeats, isinstance/issubclass, an alias as a base class, calling an alias,
# attributes forwarded to the origin, annotations evaluated at definition.
# refvm had neither until 2026-12-05: `def f(x: list[int])` raised TypeError.
import types
print(repr(list[int]), repr(dict[str, list[int]]), repr(tuple[()]), repr(type[int]), repr(list['x']), repr(list[1]), repr(tuple[int, ...]))
print(repr(int | None), repr(None | int), repr(int | list[int]), repr((int | str) | float), repr(int | int), type(int | int))
print((int | str) == (str | int), hash(int|str) == hash(str|int), (int|str).__args__)
try: int | 'x'
except TypeError as e: print(e)
try: 1 | int
except TypeError as e: print(e)
try: isinstance(1, str | list[int])
except TypeError as e: print(e)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str), isinstance(1, int | list[int]))
print(list[int].__name__, list[int].__origin__, list[int].__parameters__, list[int]() , list[int]([1]))
class A(list[int]): pass
print(A.__mro__, A.__orig_bases__)
try: isinstance([], list[int])
except TypeError as e: print(e)
print(types.GenericAlias(list, int), types.GenericAlias(dict, (int, str)) == dict[int, str], list[int] == list[int], list[int] == list)
print(int | None | None, (int | str).__parameters__)
try: list[int][int]
except TypeError as e: print(e)
print(type(list[int]).__module__, type(int|str).__module__, type(int|str).__name__, types.UnionType, types.GenericAlias)
def f(x: list[int] | None = None, *, y: dict[str, tuple[int, ...]] = {}) -> set[frozenset[str]] | None:
    return None
print(f.__annotations__)
print(enumerate[int], {list[int]: 1, int | str: 2}, list[int] != list[str], hash(list[int]) == hash(list[int]))
class G:
    __class_getitem__ = classmethod(types.GenericAlias)
print(G[int, str], G[int].__origin__ is G)
print(type(list[int]), type(int | str), isinstance(list[int], types.GenericAlias))
x = list[int]
print(x.append, x.__doc__ == list.__doc__)
print(int | type(None), (int | str) | (str | bytes))
print(dir(list[int]) == dir(list[int]))

for a, b in ((int, str), (str, int), (int, None), (None, None), (list[int], list[int]),
             (list[int], list[str]), (int | str, str | float), (type(None), None)):
    try:
        u = a | b
        print(repr(u), type(u).__name__, getattr(u, "__args__", None))
    except TypeError as e:
        print("TypeError", e)
print(issubclass(int, int | str), issubclass(float, int | str), isinstance("s", (int, str | bytes)))
try:
    issubclass(int, list[int])
except TypeError as e:
    print(e)
print(list[int].__class__, list[int].__mro_entries__((list[int],)))
d = dict[str, int](a=1)
print(d, type(d))
