# class: hash-order
# A set of strings iterates in hash order on CPython (which depends on the hash seed;
# the sandbox fixes PYTHONHASHSEED=0) and in insertion order on PyPy, which ignores
# hash randomization.  refvm: some hash seed gives each engine's order.
colours = set()
for word in "red green blue".split():
    colours.add(word)
print(" ".join(colours))
