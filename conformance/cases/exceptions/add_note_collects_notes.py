# ---
# features: [exceptions]
# dialect: py3
# description: BaseException.add_note (PEP 678) appends a str to the exception's __notes__ list, made on first use; a note that is not a str, or __notes__ that is not a list, is a TypeError; notes travel with the exception through raise and except
# ---
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__, type(e.__notes__).__name__)
for bad in (1, None, b"x"):
    try:
        e.add_note(bad)
    except TypeError as t:
        print("TypeError", t)
e.__notes__ = ("a", "b")
try:
    e.add_note("c")
except TypeError as t:
    print("TypeError", t)
del e.__notes__
e.add_note("again")
print(e.__notes__)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("while looking up")
        raise
except KeyError as k2:
    print(k2.__notes__, repr(k2))
