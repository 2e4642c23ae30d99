# A documented-by-behaviour difference: list.__add__ with a non-list.
# CPython raises TypeError; PyPy returns NotImplemented.
try:
    print([].__add__(None))
except TypeError as e:
    print("TypeError")
