"""collections.abc, minimal: the one-trick ABCs recognise classes by their methods."""
from abc import ABCMeta, abstractmethod


def _has(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return False
                break
        else:
            return False
    return True


class _OneTrick(metaclass=ABCMeta):
    _methods = ()

    @classmethod
    def __subclasshook__(cls, C):
        return _has(C, *cls._methods) or NotImplemented


def _abc(name, methods, bases=()):
    return ABCMeta(name, bases or (_OneTrick,), {"_methods": methods, "__slots__": ()})


Awaitable = _abc("Awaitable", ("__await__",))
Coroutine = _abc("Coroutine", ("__await__", "send", "throw", "close"), (Awaitable,))
AsyncIterable = _abc("AsyncIterable", ("__aiter__",))
AsyncIterator = _abc("AsyncIterator", ("__aiter__", "__anext__"), (AsyncIterable,))
AsyncGenerator = _abc("AsyncGenerator", ("__aiter__", "__anext__", "asend", "athrow",
                                         "aclose"), (AsyncIterator,))
Hashable = _abc("Hashable", ("__hash__",))
Iterable = _abc("Iterable", ("__iter__",))
Iterator = _abc("Iterator", ("__iter__", "__next__"))
Reversible = _abc("Reversible", ("__reversed__", "__iter__"))
Generator = _abc("Generator", ("__iter__", "__next__", "send", "throw", "close"))
Sized = _abc("Sized", ("__len__",))
Container = _abc("Container", ("__contains__",))
Callable = _abc("Callable", ("__call__",))
Collection = _abc("Collection", ("__len__", "__iter__", "__contains__"))
Sequence = _abc("Sequence", ("__getitem__", "__len__", "__iter__", "__contains__", "index",
                             "count"))
MutableSequence = _abc("MutableSequence", ("__getitem__", "__setitem__", "__delitem__",
                                           "__len__", "insert", "append"))
ByteString = _abc("ByteString", ("__getitem__", "__len__", "__iter__", "__contains__",
                                 "index", "count", "decode"), (Sequence,))
MappingView = _abc("MappingView", ("__len__",))
KeysView = _abc("KeysView", ("__len__", "__iter__", "__contains__", "isdisjoint"),
                (MappingView,))
ItemsView = _abc("ItemsView", ("__len__", "__iter__", "__contains__", "isdisjoint"),
                 (MappingView,))
ValuesView = _abc("ValuesView", ("__len__", "__iter__", "__contains__"), (MappingView,))
Set = _abc("Set", ("__len__", "__iter__", "__contains__", "isdisjoint"))
MutableSet = _abc("MutableSet", ("__len__", "__iter__", "__contains__", "add", "discard"))
Mapping = _abc("Mapping", ("__getitem__", "__len__", "__iter__", "keys", "items", "values",
                           "get"))
MutableMapping = _abc("MutableMapping", ("__getitem__", "__setitem__", "__delitem__",
                                         "__len__", "__iter__", "keys", "pop"))
for _seq in (tuple, str, range, list, bytes):
    Sequence.register(_seq)
for _mut in (list, bytearray):
    MutableSequence.register(_mut)
ByteString.register(bytes)
ByteString.register(bytearray)
KeysView.register(type({}.keys()))
ItemsView.register(type({}.items()))
ValuesView.register(type({}.values()))
Mapping.register(dict)
MutableMapping.register(dict)
Set.register(frozenset)
Set.register(set)
MutableSet.register(set)
