# The language reference's rule: if the right operand's type is a strict subclass of
# the left's and overrides the reflected method, its reflected method goes first.
# Every engine agrees on this one.
class Base(object):
    def __add__(self, other):
        return "Base.__add__"

    def __radd__(self, other):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, other):
        return "Derived.__radd__"


print(Base() + Derived())
print(Derived() + Base())
print(Base() + Base())
