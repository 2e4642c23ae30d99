# ---
# features: [builtins, classes]
# dialect: py3
# description: builtin containers are registered with collections.abc
# ---
import collections.abc as abc
print(isinstance([], abc.Sequence))
print(isinstance({}, abc.Mapping))
print(isinstance(set(), abc.Set))
print(isinstance("s", abc.Sequence))
print(isinstance(iter([]), abc.Iterator))
print(isinstance(5, abc.Hashable))
