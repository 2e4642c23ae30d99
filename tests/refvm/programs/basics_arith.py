print(1 + 2, 7 - 10, 6 * 7, 7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** 10, 2 ** -1)
print(10 ** 30 + 1, (1 << 70) >> 3, 0xff & 0x0f, 5 | 2, 5 ^ 1, ~5)
print(0.1 + 0.2, 1e100, 1.5e-7, 3.0, -0.0, float("inf"), 2.5 * 4, 1 / 3)
print(round(2.5), round(3.5), round(2.675, 2), round(-0.5), divmod(17, 5), divmod(-17, 5))
print(abs(-3), abs(-2.5), pow(3, 4), pow(3, 4, 5), max(3, 9, 2), min([4, 1, 8]))
print(int("42"), int("ff", 16), int(3.99), float("2.5"), int(-3.5), complex(1, 2) * 2)
print(True + True, True * 3, bool(0), bool(""), bool([0]), 1 == 1.0, hash(1) == hash(1.0))
print(7 .bit_length(), (255).to_bytes(2, "big"), 3.5.is_integer(), (0.5).as_integer_ratio())
x = 5
x += 3
x *= 2
x -= 1
x //= 2
x **= 2
print(x)
print(1 < 2 < 3, 1 < 2 > 3, 3 > 2 == 2, 1 if 0 else 2, not 1, not 0)
print(chr(65), ord("a"), hex(255), oct(8), bin(5), format(3.14159, ".2f"), format(42, "08b"))
