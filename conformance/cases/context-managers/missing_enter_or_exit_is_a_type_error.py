# ---
# features: [context-managers, exceptions]
# dialect: py3
# description: a with statement whose manager's type lacks __enter__ or __exit__ raises TypeError (CPython 3.11; 3.10 and earlier raised AttributeError), before either method is called
# ---
class OnlyEnter:
    def __enter__(self):
        print("enter called")
        return self


class OnlyExit:
    def __exit__(self, *exc):
        print("exit called")
        return False


class Neither:
    pass


for cls in (OnlyEnter, OnlyExit, Neither):
    try:
        with cls():
            print("body")
    except TypeError:
        print(cls.__name__, "TypeError")
    except AttributeError:
        print(cls.__name__, "AttributeError")
