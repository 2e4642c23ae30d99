class V:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return "V.add" if isinstance(o, V) else NotImplemented

    def __radd__(self, o):
        return "V.radd(%r)" % (o,)

    def __lt__(self, o):
        return "V.lt"

    def __gt__(self, o):
        return "V.gt"

    def __iadd__(self, o):
        return "V.iadd"


class W(V):
    def __radd__(self, o):
        return "W.radd"


class Plain:
    pass


print(V(1) + V(2), 1 + V(1), V(1) + W(2), W(1) + V(2))
print(V(1) < V(2), 3 < V(1), V(1) > 5)
x = V(1)
x += 3
print(x)
try:
    Plain() + 1
except TypeError as e:
    print(e)
try:
    Plain() < Plain()
except TypeError as e:
    print(e)
try:
    -Plain()
except TypeError as e:
    print(e)
p = Plain()
print(p == p, p == Plain(), p != p)


class Num:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        return Num(self.n + (o.n if isinstance(o, Num) else o))

    __radd__ = __add__

    def __mul__(self, o):
        return Num(self.n * o)

    def __neg__(self):
        return Num(-self.n)

    def __bool__(self):
        return self.n != 0

    def __len__(self):
        return 99

    def __repr__(self):
        return "Num(%d)" % self.n

    def __eq__(self, o):
        return isinstance(o, Num) and o.n == self.n

    def __hash__(self):
        return hash(self.n)


print(Num(2) + 3, 3 + Num(2), Num(2) * 5, -Num(4), bool(Num(0)), len(Num(1)), sum([Num(1), Num(2)]))
print({Num(1): "a"}[Num(1)], Num(1) in [Num(0), Num(1)], Num(3) in {Num(3)})


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

    def __len__(self):
        return 3


print(list(Seq()), 20 in Seq(), [x for x in Seq()])


class Cont:
    def __contains__(self, x):
        return x == "yes"

    def __iter__(self):
        return iter([1, 2])


print("yes" in Cont(), "no" in Cont(), list(Cont()), sorted([3, 1, 2], reverse=True))


class Cmp:
    def __init__(self, k):
        self.k = k

    def __lt__(self, o):
        return self.k < o.k

    def __repr__(self):
        return "C%d" % self.k


print(sorted([Cmp(3), Cmp(1), Cmp(2)]), min(Cmp(5), Cmp(4)), max([Cmp(1), Cmp(9)]))


class Idx:
    def __index__(self):
        return 2


print([10, 20, 30][Idx()], "abc"[Idx()], range(10)[Idx()])
