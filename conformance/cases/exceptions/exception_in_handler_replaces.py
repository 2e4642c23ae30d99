# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: an exception in an except clause replaces the original
# ---
try:
    try:
        raise KeyError
    except KeyError:
        raise IndexError
except Exception as e:
    print(type(e).__name__)
