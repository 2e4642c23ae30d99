# ---
# features: [generators, iteration]
# dialect: py3
# description: itertools.islice takes a prefix of an infinite generator
# ---
import itertools
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(itertools.islice(naturals(), 5)))
