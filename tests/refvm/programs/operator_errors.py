for f in (lambda: 2 ** "a", lambda: None + 1, lambda: [1] + "a", lambda: b"a" + "s", lambda: {1} + {2}, lambda: "a" * 2.0, lambda: divmod("a", 1), lambda: "%d" % "x", lambda: 1 < "a", lambda: [] < 1):
    try: f()
    except TypeError as e: print(e)
x = 2
try:
    x **= "a"
except TypeError as e:
    print(e)
