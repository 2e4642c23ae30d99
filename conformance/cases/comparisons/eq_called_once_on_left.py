# ---
# features: [comparisons, operator-dispatch]
# dialect: py2+3
# description: == calls the left __eq__ only once when it returns a value
# ---
count = [0]
class A(object):
    def __eq__(self, other):
        count[0] += 1
        return False
A() == A()
print(count[0])
