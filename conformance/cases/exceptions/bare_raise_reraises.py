# ---
# features: [exceptions, exceptions]
# dialect: py2+3
# description: a bare raise re-raises the exception being handled
# ---
try:
    try:
        raise IndexError("orig")
    except IndexError:
        raise
except IndexError as e:
    print(e.args)
