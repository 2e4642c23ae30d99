# ---
# features: [exceptions, control-flow]
# dialect: py2+3
# description: a return in finally discards the pending exception
# ---
def f():
    try:
        raise KeyError
    finally:
        return "swallowed"
print(f())
