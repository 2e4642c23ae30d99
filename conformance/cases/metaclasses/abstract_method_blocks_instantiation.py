# ---
# features: [metaclasses, classes, builtins]
# dialect: py3
# description: a class with an unimplemented abstractmethod cannot be instantiated
# ---
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
class Done(Base):
    def f(self):
        return "ok"
try:
    Base()
except TypeError:
    print("TypeError")
print(Done().f())
print(sorted(Base.__abstractmethods__))
