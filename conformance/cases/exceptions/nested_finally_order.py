# ---
# features: [exceptions, control-flow]
# dialect: py2+3
# description: nested finally blocks run innermost first
# ---
def f():
    try:
        try:
            raise ValueError
        finally:
            print("inner finally")
    finally:
        print("outer finally")
try:
    f()
except ValueError:
    print("caught")
