# ---
# features: [metaclasses, classes]
# dialect: py2+3
# description: the class body runs once, top to bottom, at definition
# ---
order = []
class A(object):
    order.append("start")
    x = 1
    order.append("x=%d" % x)
    y = x + 1
    order.append("end")
print(order)
print(A.y)
