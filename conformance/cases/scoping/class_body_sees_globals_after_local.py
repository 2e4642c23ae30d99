# ---
# features: [scoping, scoping, classes]
# dialect: py2+3
# description: a class body reads globals for names it has not yet bound
# ---
x = "global"
class A(object):
    y = x
    x = "class"
    z = x
print(A.y)
print(A.z)
