# ---
# features: [unary-ops, operator-dispatch]
# dialect: py2+3
# description: a unary operator without its special method raises TypeError
# ---
class U(object):
    pass
for op in ("-", "+", "~"):
    try:
        eval(op + "U()")
    except TypeError:
        print(op + " TypeError")
