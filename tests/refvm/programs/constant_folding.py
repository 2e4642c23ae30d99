# CPython 3.11 folds constant expressions before generating code (its
# Python/ast_opt.c): a folded value is one object, made once, which `is` and
# a code object's co_consts show.  refvm folds them the same way since
# 2026-12-05 (refvm/compiler/fold.py), within the same limits: no fold that
# raises, no int past 128 bits from *, ** or <<, no str or tuple past its
# size, no printf-style formatting.


def same(make):
    return make() is make()


print(same(lambda: 10 ** 20), same(lambda: -1.5), same(lambda: 2.0 * 3.0),
      same(lambda: "ab" + "cd"), same(lambda: "ab" * 3), same(lambda: (1, 2, (3, 4))),
      same(lambda: (1, 2) * 3), same(lambda: ~5000), same(lambda: 1 << 100),
      same(lambda: (1, 2, 3)[1:]), same(lambda: "abc"[1]), same(lambda: 7 / 2),
      same(lambda: 1000 // 3), same(lambda: 2 ** 0.5), same(lambda: 3 - 2j))
# not folded: past the limits, raising, formatting, lists and sets
print(same(lambda: 2 ** 200), same(lambda: 1 << 200), same(lambda: "ab" * 3000),
      same(lambda: (1,) * 300), same(lambda: "%s" % ("x",)), same(lambda: [1, 2]),
      same(lambda: 10 ** 20 * 10 ** 20), same(lambda: (1, [2])))
try:
    print((lambda: 1 / 0)())
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print((lambda: -(1, 2))())
except TypeError as e:
    print("TypeError", e)
# co_consts: the folded values, not their operands
print(sorted(repr(c) for c in (lambda: 10 ** 20 + (1, 2)[0]).__code__.co_consts if c is not None))
print((lambda: (-0.0, 0.0, 0j, -0j, (0.0,), (-0.0,), 1, True, (1,), (True,)))())
# `in` over a list or set display of constants, and `for` over one
x = 3
print(x in [1, 2, 3], x not in {1, 2}, [y * 2 for y in [1, 2, 3]], {y for y in {4, 5}})
for y in [x, x + 1]:
    print(y, end=" ")
print(__debug__, not 0, -(-7), +True)


def doc_made_by_a_fold():
    "not " + "a docstring"


def docstring():
    "a docstring"


class C:
    "class " "doc"


print(doc_made_by_a_fold.__doc__, docstring.__doc__, C.__doc__)
# the limits with bools (ints to CPython's checks) and on both sides
print(same(lambda: True * 2 ** 100), same(lambda: 2 ** 100 * True), same(lambda: 3 * (1, 2)),
      same(lambda: True * "ab"), same(lambda: 2 ** -1), same(lambda: 0 ** 1000),
      same(lambda: (1,) * 0), same(lambda: "a" * -1), same(lambda: 1 << -1 if False else 0))
