# ---
# features: [closures, scoping]
# dialect: py2+3
# description: a closure can capture a parameter
# ---
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(10))
print(adder(-1)(1))
