# ---
# features: [inplace-ops, operator-dispatch, scoping]
# dialect: py2+3
# description: x += 1 inside a function without global makes x local (UnboundLocalError)
# ---
x = 1
def f():
    x += 1
try:
    f()
except UnboundLocalError:
    print("UnboundLocalError")
