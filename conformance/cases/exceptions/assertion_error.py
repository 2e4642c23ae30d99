# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: a failing assert raises AssertionError with the message
# ---
try:
    assert 1 == 2, "math"
except AssertionError as e:
    print(e.args)
