# ---
# features: [builtins, exceptions]
# dialect: py3
# description: an int of over 4,300 digits refuses conversion to and from decimal text (ValueError) until sys.set_int_max_str_digits raises or lifts the limit; hex and bit operations have no limit (CPython 3.11's conversion limit, gh-95778)
# ---
import sys

big = 10 ** 5000


def attempt(thunk):
    try:
        return len(thunk())
    except ValueError:
        return "ValueError"


print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits)
print(attempt(lambda: str(big)), attempt(lambda: "%d" % big), attempt(lambda: str(int("7" * 4400))))
print(attempt(lambda: hex(big)), big.bit_length(), attempt(lambda: str(10 ** 4299)))
try:
    sys.set_int_max_str_digits(100)
except ValueError:
    print("a limit of 100 refused")
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), attempt(lambda: str(big)), attempt(lambda: str(10 ** 7000)))
sys.set_int_max_str_digits(0)
print(attempt(lambda: str(10 ** 7000)))
sys.set_int_max_str_digits(sys.int_info.default_max_str_digits)
print(attempt(lambda: str(big)))
