# ---
# features: [calls, functions]
# dialect: py2+3
# description: arguments bind by position then keyword
# ---
def f(a, b, c=3):
    return (a, b, c)
print(f(1, 2))
print(f(1, c=5, b=0))
