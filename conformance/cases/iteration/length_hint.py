# ---
# features: [iteration, protocols]
# dialect: py3
# description: operator.length_hint uses __len__ or __length_hint__
# ---
import operator
class H:
    def __length_hint__(self):
        return 7
print(operator.length_hint([1, 2]))
print(operator.length_hint(H()))
print(operator.length_hint(iter([]), 5))
