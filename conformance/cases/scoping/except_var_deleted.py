# ---
# features: [scoping, scoping, exceptions]
# dialect: py3
# description: the name bound by `except ... as e` is deleted when the handler ends
# ---
e = "before"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
try:
    e
    print("still bound")
except NameError:
    print("NameError")
