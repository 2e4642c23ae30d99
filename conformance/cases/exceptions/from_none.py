# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: raise ... from None suppresses the context but keeps it
# ---
try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("t") from None
except TypeError as e:
    print(e.__cause__)
    print(e.__suppress_context__)
    print(type(e.__context__).__name__)
