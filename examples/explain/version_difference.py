# class: version-difference
# PEP 604 (`int | None` builds a union type) is new in Python 3.10: CPython 3.11 prints
# the union, PyPy 3.9 (and CPython 3.9) raise TypeError.
print(int | None)
