# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: except with a tuple catches any listed type
# ---
for exc in (KeyError, IndexError, ValueError):
    try:
        try:
            raise exc
        except (KeyError, IndexError):
            print("caught " + exc.__name__)
    except ValueError:
        print("outer " + exc.__name__)
