# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: raising inside an except block sets __context__
# ---
try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer")
except ValueError as e:
    print(type(e.__context__).__name__)
    print(e.__cause__)
    print(e.__suppress_context__)
