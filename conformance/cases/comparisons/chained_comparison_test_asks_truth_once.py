# ---
# features: [comparisons, evaluation-order, operator-dispatch]
# dialect: py3
# description: a chained comparison used as a condition asks each intermediate result's __bool__ once (CPython 3.11 jumps on it; its value form would test a false result again)
# ---
class Truth(object):
    def __init__(self, value, name):
        self.value = value
        self.name = name

    def __bool__(self):
        print("bool", self.name)
        return self.value


class N(object):
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return Truth(self.n < other.n, "%d<%d" % (self.n, other.n))


a, b, c = N(1), N(2), N(0)
for x, y, z in [(a, b, c), (b, a, c), (a, b, b)]:
    if x < y < z:
        print("if: yes")
    else:
        print("if: no")
    while x < y < z:
        print("while: once")
        break
    print("ifexp", 1 if x < y < z else 0)
    if not (x < y < z):
        print("not")
print("value:", (a < c < b).name)
