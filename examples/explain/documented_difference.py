# class: documented-difference
# PyPy documents that calling a builtin type's magic method directly with a bad
# argument returns NotImplemented: [].__add__(None).  CPython raises TypeError.
try:
    print([].__add__(None))
except TypeError:
    print("TypeError")
