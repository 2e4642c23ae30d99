# ---
# features: [builtins, binary-ops]
# dialect: py3
# description: X | Y of types (PEP 604) makes a types.UnionType, flattened and without repeats (int | int is int), None standing for NoneType; unions compare regardless of order, work with isinstance and issubclass (tested in order), and | with anything else than a type, None, an alias or a union is a TypeError
# ---
import types

unions = [int | None, None | int, int | str | float, (int | str) | (str | bytes), int | list[int], int | int, int | type(None)]
print([repr(u) for u in unions])
print([type(u).__name__ for u in unions], (int | str).__args__)
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) == (int | bytes))
print(isinstance(1, int | str), isinstance(None, int | None), isinstance(1.5, int | str), isinstance(1, int | list[int]))
print(issubclass(bool, int | str), issubclass(float, int | str), isinstance("s", (int, str | bytes)))
print(type(int | str) is types.UnionType, {int | str: 1}[str | int])
for left, right in ((int, "str"), (1, int), (int, 1), (None, None)):
    try:
        print(repr(left | right))
    except TypeError as e:
        print("TypeError", e)
try:
    isinstance([], str | list[int])
except TypeError as e:
    print("TypeError", e)


def g(x: int | None = None) -> list[str] | None:
    return None


print(g.__annotations__)
