# ---
# features: [super, classes]
# dialect: py3
# description: cooperative __init__ passes keyword arguments along the MRO
# ---
class Base:
    def __init__(self, **kw):
        print("Base rest", sorted(kw))
class X(Base):
    def __init__(self, x=None, **kw):
        print("X", x)
        super().__init__(**kw)
class Y(Base):
    def __init__(self, y=None, **kw):
        print("Y", y)
        super().__init__(**kw)
class Z(X, Y):
    pass
Z(x=1, y=2)
