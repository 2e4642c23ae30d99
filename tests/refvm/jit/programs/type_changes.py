# Values whose types change while a loop runs: guards fail, bridges take over.
def acc(values):
    t = 0
    for v in values:
        t = t + v
    return t


print(acc([1, 2, 3] * 20 + [0.5] * 5 + [True, 2 ** 70]))
print(acc(["a", "b"] * 3 + ["c"]) if False else acc([1.5] * 10))


class A(object):
    def f(self, x):
        return x + 1


class B(object):
    def f(self, x):
        return x * 2


class C(A):
    pass


objs = [A(), B(), C(), B()] * 30
total = 0
for o in objs:
    total = o.f(total) % 100003
print(total)
mixed = [1, 2.5, "s", None, (1, 2), [3], 4] * 5
kinds = []
for m in mixed:
    if m is None:
        kinds.append("none")
    elif isinstance(m, (int, float)):
        kinds.append(m * 2)
    else:
        kinds.append(len(m))
print(kinds)
