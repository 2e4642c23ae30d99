# ---
# features: [lists, containers, builtins]
# dialect: py3
# description: copy.deepcopy copies nested lists and preserves shared structure
# ---
import copy
shared = [1]
a = [shared, shared]
b = copy.deepcopy(a)
b[0].append(2)
print(b)
print(a)
print(b[0] is b[1])
