# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: the builtin exception hierarchy
# ---
print(issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(KeyError, LookupError))
print(issubclass(FileNotFoundError, OSError))
print(issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception))
print(issubclass(GeneratorExit, BaseException))
print(issubclass(RecursionError, RuntimeError))
print(issubclass(ModuleNotFoundError, ImportError))
