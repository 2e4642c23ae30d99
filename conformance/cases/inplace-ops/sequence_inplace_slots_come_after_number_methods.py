# ---
# features: [inplace-ops, binary-ops, classes]
# dialect: py3
# description: x += y and x *= y on a list or bytearray try both operands' number methods (y's __radd__ / __rmul__) before the list's in-place concat or repeat (CPython's PyNumber_InPlaceAdd/Multiply - the sequence slots come last), so the list is left alone; without such a method the list is extended in place; a repeat's count that is no index is worded by the sequence; x *= s where x's class has sequence methods of its own (any class statement's, an int subclass's too) does not repeat s, though x * s does
# ---
class Concat:
    def __radd__(self, other):
        return ("radd", type(other).__name__, len(other))

    def __rmul__(self, other):
        return ("rmul", type(other).__name__, len(other))


class Items:
    def __iter__(self):
        return iter([7, 8])


class MyInt(int):
    pass


xs = [1, 2]
alias = xs
xs += Concat()
print(xs, alias)
xs = alias
xs *= Concat()
print(xs, alias)
xs = alias
xs += Items()
print(xs, alias is xs)
ba = bytearray(b"ab")
ba += Concat()
print(ba)
ba = bytearray(b"ab")
ba *= Concat()
print(ba)
for target, count in (([1], "x"), ([1], 2.0), (bytearray(b"q"), None)):
    try:
        target *= count
        print("repeated", target)
    except TypeError as e:
        print("TypeError", e)
n = 3
n *= "ab"
print(n)
m = MyInt(3)
try:
    m *= "ab"
    print("repeated", m)
except TypeError as e:
    print("TypeError", e)
print(MyInt(3) * "ab")
