"""The numeric modules that import on refvm since 2026-12-05: decimal (its
pure-Python half), fractions and statistics (they needed _codecs,
_collections_abc, sys.hash_info, module-level annotations, whose own checks
are conformance/cases/scoping/module_level_annotations_fill_annotations.py,
and abc's register keeping each class's own registry)."""
import abc
import numbers
import statistics
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP, getcontext, localcontext
from fractions import Fraction

print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7), Decimal("2").sqrt())
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), ctx.prec)
print(getcontext().prec, Decimal("1.005").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
try:
    Decimal("x")
except InvalidOperation as e:
    print("InvalidOperation", type(e).__mro__[1].__name__)
print(Fraction(1, 3) + Fraction(1, 6), Fraction("3/4") * 2, Fraction(0.5),
      Fraction(1, 3).limit_denominator(2), Fraction(7, 3) // 1, float(Fraction(1, 8)))
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]),
      statistics.stdev([1.0, 2.0, 3.0, 4.0]), statistics.mode([1, 1, 2]),
      statistics.fmean([1, 2]), statistics.variance([1, 2, 3, 4]),
      statistics.mean([Fraction(1, 2), Fraction(1, 3)]))
print(hash(Decimal("1.5")) == hash(1.5), hash(Fraction(1, 2)) == hash(0.5),
      Decimal("1.5") == 1.5, f"{Decimal('3.14159'):.2f}", Fraction(3, 4) < 1)
print(isinstance(0.5, numbers.Rational), isinstance(0.5, numbers.Real),
      isinstance(1, numbers.Rational), issubclass(bool, numbers.Integral),
      isinstance(Fraction(1), numbers.Rational), isinstance(Decimal(1), numbers.Real))


class Base(abc.ABC):
    pass


class Derived(Base):
    pass


Base.register(int)
print(issubclass(int, Base), issubclass(int, Derived), Derived.register(str) is str,
      issubclass(str, Base), issubclass(float, Base))
try:
    Base.register(3)
except TypeError as e:
    print(e)
