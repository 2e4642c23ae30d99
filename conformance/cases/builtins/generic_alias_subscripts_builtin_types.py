# ---
# features: [builtins, classes]
# dialect: py3
# description: subscripting list, dict, tuple, set, frozenset and type makes a types.GenericAlias (PEP 585) that prints as written, compares by origin and arguments, calls its origin, forwards attributes to it, serves as a base class through __mro_entries__, and is refused by isinstance; annotations using it are evaluated at definition
# ---
import types

aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[bytes], frozenset[str], type[int], list["x"]]
print([repr(a) for a in aliases])
print([a.__origin__.__name__ for a in aliases], [a.__args__ for a in aliases[:3]])
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(dict[str, int]) == hash(dict[str, int]))
print(type(list[int]) is types.GenericAlias, types.GenericAlias(list, int) == list[int])
print(list[int]("ab"), dict[str, int](a=1), tuple[int, ...]([1, 2]), list[int].__name__)


class Numbers(list[int]):
    pass


print(Numbers.__mro__[1:], Numbers.__orig_bases__, Numbers([3]) + [4])
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
try:
    list[int][str]
except TypeError as e:
    print("TypeError", e)


def f(x: list[int], y: dict[str, tuple[int, ...]] = None) -> set[frozenset[str]]:
    return set()


print(f.__annotations__)
