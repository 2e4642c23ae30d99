def f(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "other"
    except ValueError as e:
        return "caught %s" % e
    finally:
        print("finally", n)


print(f(0), f(1), f(2))


def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("no")
    return "done"


print(g())


def h():
    try:
        return 1
    finally:
        return 2


print(h())
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print("ctx", type(e.__context__).__name__, e)
try:
    try:
        raise TypeError("x")
    except TypeError:
        raise
except TypeError as e:
    print("reraised", e)


class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


try:
    raise MyErr(7)
except (KeyError, MyErr) as e:
    print(e, e.code, e.args, repr(e), isinstance(e, Exception))
try:
    raise MyErr
except TypeError as e:
    print("TypeError", e)
else:
    print("else")
try:
    pass
except Exception:
    pass
else:
    print("else ran")
finally:
    print("finally ran")
for exc in (ValueError(), ValueError("a"), ValueError("a", 1), KeyError("k"), StopIteration(5)):
    print(repr(exc), str(exc), exc.args)
print(StopIteration(5).value, SystemExit(3).code)
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e)
try:
    undefined_name
except NameError as e:
    print(e)


def unbound():
    print(v)
    v = 1


try:
    unbound()
except UnboundLocalError as e:
    print(e)
e = "kept"
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("deleted:", err)
try:
    raise ValueError("outer")
except ValueError:
    try:
        raise TypeError("inner")
    except TypeError as inner:
        print(type(inner.__context__).__name__)
