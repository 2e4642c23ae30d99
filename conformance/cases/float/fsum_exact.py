# ---
# features: [float, numbers, builtins]
# dialect: py3
# description: math.fsum is exact where sum is not
# ---
import math
vals = [0.1] * 10
print(sum(vals))
print(math.fsum(vals))
