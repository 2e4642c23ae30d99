# ---
# features: [float, numbers]
# dialect: py2+3
# description: -0.0 equals 0.0 but keeps its sign
# ---
import math
print(-0.0 == 0.0)
print(math.copysign(1, -0.0))
print(repr(-0.0))
print(0.0 * -1)
