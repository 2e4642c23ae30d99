# A hundred builtin conversions, formattings and errors, each with its result
# or its exception, as CPython 3.11 gives them (all matched but the unicode
# errors' words on 2026-12-05).
import math
cases = [
    "int('12a')", "int('')", "int(' 7 ')", "int('0x1f', 16)", "int('0x1f', 0)", "int('1_000')", "int('1__0')",
    "int(1.5e300)", "int(float('inf'))", "int(float('nan'))", "float('abc')", "float('1e500')", "float(' 1.5 ')",
    "complex('1+2j')", "complex('1+')", "round(2.5)", "round(-0.5)", "round(1.25, 1)", "format(1e16)", "repr(1e16)",
    "repr(1.0/3)", "str(-0.0)", "'%.3g' % 1234567", "'%e' % 0.0001", "'{:,}'.format(1234567)", "'{:_x}'.format(255)",
    "'{:>10}'.format('ab')", "'{0!r:^9}'.format('a')", "f'{3.14159:.2f}'", "'%s %s' % (1,)", "'%d' % '1'",
    "'%c' % 65", "'%c' % 'ab'", "'{}'.format()", "'{0} {1}'.format(1)", "'{x}'.format(y=1)", "'abc'.center(9, '*')",
    "'a b  c'.split()", "'a,b,,c'.split(',', 2)", "'  x '.strip()", "'abc'.replace('', '-')", "'ABC'.casefold()",
    "'a\\tb'.expandtabs(4)", "'abc'.zfill(6)", "'-12'.zfill(6)", "'abc'.partition('b')", "'abc'.rpartition('x')",
    "'Hello World'.swapcase()", "'hello world'.title()", "\"it's\".capitalize()", "'%5.1f|' % 3.14159",
    "hash(-1)", "hash(1.5)", "hash((1, 2))", "divmod(-7, 2)", "divmod(7.5, -2)", "pow(2, -1)", "pow(2, 3, 5)",
    "pow(2, -1, 5)", "pow(0, -1)", "1 / 0", "1 // 0.0", "1 % 0", "2 ** 0.5", "(-8) ** (1/3)", "math.sqrt(-1)",
    "math.log(0)", "math.factorial(-1)", "abs(-0.0)", "max([])", "min(1, 2, key=None)", "sorted([3, 1], reverse=1)",
    "list(range(10, 0, -3))", "range(0, 10, 0)", "[1, 2][5]", "(1, 2)[-3]", "'abc'[10]", "{}['x']", "{}.pop('x')",
    "[].pop()", "set().pop()", "[1].remove(2)", "(1).real.imag", "chr(-1)", "chr(0x110000)", "ord('ab')",
    "bytes([256])", "bytearray(-1)", "b'a' + 'b'", "'a' + 1", "1 + 'a'", "[1] * 'a'", "None + 1", "len(5)",
    "iter(5)", "next(iter([]))", "sum(['a', 'b'])", "sum([[1], [2]], [])", "'x'.join([1, 2])", "str(b'a', 'utf-8', 'strict')",
    "b'\\xff'.decode('utf-8')", "'é'.encode('ascii')", "list(zip([1], [2, 3], strict=True))", "enumerate([], start='a')",
]
for c in cases:
    try:
        r = repr(eval(c))
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(c, "->", r)
