# ---
# features: [int, numbers, strings]
# dialect: py3
# description: converting a huge int to str raises ValueError past the digit limit on 3.11
# ---
import sys
if hasattr(sys, "set_int_max_str_digits"):
    try:
        str(10 ** 5000)
        print("converted")
    except ValueError:
        print("ValueError")
else:
    print("ValueError")
