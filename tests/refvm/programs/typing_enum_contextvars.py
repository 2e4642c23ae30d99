# Standard library modules that import on refvm since 2026-12-05 (the host's
# typing.py and enum.py run on refvm; contextvars is refvm's own, CPython's
# is C): what they needed was types' descriptor types, GenericAlias and
# UnionType, contextlib's ABCs, collections.ChainMap and more ABCs, re.Pattern,
# MappingProxyType(mapping), type() handing a class to its bases' metaclass
# (`type(name, (AnEnum,), ns, boundary=...)`), and exception types sharing a
# layout (`class E(ArithmeticError, TypeError)`).
import collections
import contextlib
import contextvars
import enum
import types
import typing
from typing import (Any, Callable, ClassVar, Dict, Final, Generic, Iterable, List, Literal,
                    NamedTuple, Optional, Protocol, Sequence, Tuple, TypeVar, Union, cast)

print(Optional[int], List[int], Dict[str, int], Union[int, str], Tuple[int, ...],
      Callable[[int], str], Literal[1, "a"], Final[int], ClassVar[int])
print(Union[int, None] == Optional[int], Union[int, int], typing.get_args(Dict[str, int]),
      typing.get_origin(List[int]), typing.get_origin(int | str))
T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


print(Box[int](3).get(), Box[int], Box.__parameters__, T)


class Point(NamedTuple):
    x: int
    y: str = "a"


print(Point(1), Point(2, "b")._asdict(), Point._fields, Point.__annotations__)


def f(x: Optional[List[int]] = None) -> Dict[str, Any]:
    return {"n": len(x or [])}


print(f([1, 2]), typing.get_type_hints(f), cast(int, "x"), typing.TYPE_CHECKING)
print(isinstance([], Iterable), issubclass(list, Sequence), isinstance({}, typing.Mapping))


class Proto(Protocol):
    def meth(self) -> int:
        ...


print(Proto.__name__, typing.no_type_check(f) is f)


class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = enum.auto()


print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, Color.__members__.keys(), Color.RED.name)


class N(enum.IntEnum):
    A = 1
    B = 2


print(N.A + 1, N.B > N.A, sorted([N.B, N.A]), int(N.B), f"{N.A}")


class Perm(enum.Flag):
    R = enum.auto()
    W = enum.auto()
    X = enum.auto()


print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W), ~Perm.R)


class S(enum.StrEnum):
    A = enum.auto()
    B = "bee"


print(S.A, S.B, S.A == "a", S("bee"))
try:
    @enum.unique
    class V(enum.Enum):
        X = 1
        Y = 1
except ValueError as e:
    print(e)
try:
    Color(7)
except ValueError as e:
    print(e)

var = contextvars.ContextVar("var", default=0)
print(var.get(), var.name)
token = var.set(5)
ctx = contextvars.copy_context()
var.set(6)
print(var.get(), ctx[var], ctx.run(var.get), len(ctx), var in ctx)
var.reset(token)
print(var.get())
try:
    var.reset(token)
except RuntimeError:
    print("token used")
try:
    contextvars.ContextVar("no").get()
except LookupError:
    print("LookupError")

proxy = types.MappingProxyType({"a": 1})
print(proxy, repr(proxy), proxy["a"], list(proxy), proxy.get("b", 2))
for bad in ([1], (1,), 5):
    try:
        types.MappingProxyType(bad)
    except TypeError as e:
        print(e)
chain = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(chain["a"], chain["b"], sorted(chain), len(chain), chain.new_child({"c": 4})["c"],
      chain.parents)
print(issubclass(contextlib.nullcontext, contextlib.AbstractContextManager),
      isinstance(open, contextlib.AbstractContextManager))


class Both(ArithmeticError, TypeError):
    pass


print([c.__name__ for c in Both.__mro__])
try:
    class Bad(SyntaxError, ImportError):
        pass
except TypeError as e:
    print(e)
print(types.resolve_bases((int, List[int])), types.new_class("K", (list[int],)).__mro__)
