# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: raise ... from sets __cause__ and suppresses the context
# ---
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as e:
    print(type(e.__cause__).__name__)
    print(e.__suppress_context__)
