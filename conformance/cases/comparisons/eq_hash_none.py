# ---
# features: [comparisons, comparisons, hashing]
# dialect: py3
# description: defining __eq__ without __hash__ makes instances unhashable
# ---
class A:
    def __eq__(self, other):
        return True
print(A.__hash__)
try:
    hash(A())
except TypeError:
    print("TypeError")
