"""abc, minimal: ABCMeta and abstractmethod (abstract instantiation is enforced)."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {n for n, v in namespace.items() if getattr(v, "__isabstractmethod__", False)}
        for base in bases:
            for n in getattr(base, "__abstractmethods__", ()):
                if getattr(getattr(cls, n, None), "__isabstractmethod__", False):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls

    def register(cls, subclass):
        # (the class's own registry: an inherited one would make every class
        # registered with a base a virtual subclass of this one too, until
        # 2026-12-05: issubclass(float, numbers.Rational) was True)
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        type.__setattr__(cls, "_abc_registry",
                         cls.__dict__.get("_abc_registry", ()) + (subclass,))
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, "__mro__", ()):
            return True
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return bool(ok)
        for r in cls.__dict__.get("_abc_registry", ()):
            if issubclass(subclass, r):
                return True
        for sub in cls.__subclasses__():
            if issubclass(subclass, sub):
                return True
        return False

    def __call__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)))
        return super().__call__(*args, **kwargs)


class ABC(metaclass=ABCMeta):
    __slots__ = ()


def update_abstractmethods(cls):
    """Recompute an ABC's abstract methods after its methods changed (3.10;
    dataclasses calls it); a class that is no ABC is returned as it is."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, "__abstractmethods__", ()):
            if getattr(getattr(cls, name, None), "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


def get_cache_token():
    return 0
