# ---
# features: [iteration, protocols]
# dialect: py3
# description: tee gives independent iterators; count with step
# ---
import itertools
a, b = itertools.tee(iter([1, 2, 3]))
print(list(a), list(b))
print(list(itertools.islice(itertools.count(10, 5), 3)))
