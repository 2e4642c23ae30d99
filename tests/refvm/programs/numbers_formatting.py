vals = [0, 1, -1, 7, 255, 10 ** 20, -(2 ** 70), 0.0, -0.0, 0.5, 1 / 3, 2.5, 1e300 * 10, 123456.789,
        1e-10, float("nan"), 3.0e15, 1e16]
for v in vals:
    print(repr(v), str(v), "%r" % (v,), "{}".format(v), f"{v}")
for v in [3.14159, 2.5, -1.25, 1e6, 12345.6789]:
    print(f"{v:.2f} {v:10.3f} {v:<10.1f}| {v:e} {v:g} {v:%} {v:+.1f} {v:,.2f}")
for v in [42, -42, 255, 1234567]:
    print(f"{v:d} {v:5d} {v:<5d}| {v:x} {v:X} {v:o} {v:b} {v:#x} {v:,} {v:_} {v:+d} {v:08d}")
print(int("0x1f", 16), int("  12  "), int("1_000"), float("1e3"), float(" -2.5 "))
for bad in ("abc", "1.5", ""):
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    float("x")
except ValueError as e:
    print(e)
print(7 // 2, -7 // 2, 7 % -2, 7.5 // 2, -7.5 % 2, divmod(7.5, 2), 2 ** 0.5, (-8) ** (1 / 3))
for expr in ("1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "2 ** -1 / 0"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", e)
print(round(1.5), round(2.5), round(-1.5), round(1.25, 1), round(1234, -2), round(0.5))
print(abs(-5), abs(3.5), abs(complex(3, 4)), max(1, 2.5), min(-1, -1.0), sum([0.1] * 10))
print(True + 1, True / 2, 3 * False, -True, ~True, int(True), float(False), str(True))
print(complex(1, 2) + 1, complex(1, 2) * complex(0, 1), (1 + 2j).real, (1 + 2j).conjugate())
print(1 < 2.5, 3 == 3.0, 2 ** 62 == 2.0 ** 62, 10 ** 18 + 1 == float(10 ** 18 + 1), 0.1 * 3 == 0.3)
print(hex(-255), oct(-8), bin(-5), (1234).to_bytes(4, "little"), int.from_bytes(b"\x01\x02", "big"))
print(float.fromhex("0x1.8p1"), (2.5).hex(), (10).bit_length(), (-1).bit_length(), 5 .__index__())
