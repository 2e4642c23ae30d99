# class: identity
# Two equal big ints computed separately: distinct objects on CPython, identical on
# PyPy, which defines `is` on ints, floats and complex numbers by value.
# refvm: --identity cpython gives CPython's output, --identity pypy PyPy's.
x = 10 ** 20
y = x + 1
print(y is x + 1)
a, b = x * 2, x + x
print(id(a) == id(b))
