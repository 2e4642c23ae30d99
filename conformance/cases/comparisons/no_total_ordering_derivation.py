# ---
# features: [comparisons, operator-dispatch]
# dialect: py3
# description: defining __lt__ does not give <=
# ---
class A:
    def __lt__(self, other):
        return True
print(A() < A())
print(A() > A())
try:
    A() <= A()
except TypeError:
    print("TypeError")
