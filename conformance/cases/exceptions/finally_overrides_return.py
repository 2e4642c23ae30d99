# ---
# features: [exceptions, control-flow]
# dialect: py2+3
# description: a return in finally replaces the try's return value
# ---
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
