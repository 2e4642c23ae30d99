# ---
# features: [exceptions, exceptions]
# dialect: py3
# description: a caught exception carries a traceback with the raising line
# ---
def f():
    raise ValueError
try:
    f()
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print(depth)
