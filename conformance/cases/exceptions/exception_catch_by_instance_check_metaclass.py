# ---
# features: [exceptions, exceptions, metaclasses]
# dialect: py3
# description: except matching uses real subclassing, not __subclasscheck__
# ---
class Meta(type):
    def __subclasscheck__(cls, sub):
        return True
class Anything(Exception, metaclass=Meta):
    pass
try:
    try:
        raise KeyError
    except Anything:
        print("caught by Anything")
except KeyError:
    print("not caught by Anything")
