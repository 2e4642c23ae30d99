# ---
# features: [int, builtins]
# dialect: py3
# description: int(x, base) checks the base first (an index, then 0 or 2..36) and only then that x is a str, bytes or bytearray, so int(5, 1) is a ValueError about the base and int(5, 'x') a TypeError about the base; base may be given by keyword
# ---
for x, base in ((5, 1), (5, 37), (5, "x"), (5.0, 10), ("z", 36), ("10", 0), (b"10", 2),
                ("12", 2 ** 70), ("0x1f", 0), ("1_0", 10)):
    try:
        print(repr(x), repr(base), int(x, base))
    except (TypeError, ValueError) as e:
        print(repr(x), repr(base), type(e).__name__, e)
print(int("10", base=0), int("ff", base=16))
