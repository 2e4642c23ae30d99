# ---
# features: [iteration, control-flow]
# dialect: py2+3
# description: while-else runs else when the condition becomes false
# ---
n = 0
while n < 2:
    n += 1
else:
    print("else %d" % n)
while True:
    break
else:
    print("not printed")
