# ---
# features: [float, numbers, builtins]
# dialect: py3
# description: math.trunc, floor and ceil return ints
# ---
import math
for v in (2.5, -2.5):
    print(math.trunc(v), math.floor(v), math.ceil(v))
print(type(math.floor(1.5)).__name__)
