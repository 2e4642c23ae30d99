# ---
# features: [float, numbers]
# dialect: py3
# description: sys.float_info describes IEEE double precision
# ---
import sys
print(sys.float_info.max)
print(sys.float_info.epsilon)
print(sys.float_info.mant_dig)
print(1.0 + sys.float_info.epsilon > 1.0)
print(1.0 + sys.float_info.epsilon / 2 == 1.0)
