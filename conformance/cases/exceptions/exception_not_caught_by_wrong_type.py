# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: an except clause for another type does not catch
# negative: {type: KeyError}
# ---
try:
    {}[1]
except IndexError:
    print("wrong")
