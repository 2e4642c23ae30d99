# ---
# features: [warnings, exceptions]
# dialect: py3
# description: the compiler's SyntaxWarnings (is with a literal, a literal called, a tuple asserted) go through the warnings filters, recorded, ignored, or under an error filter a SyntaxError at the expression with the warning's text
# ---
import warnings

sources = ["x = 1\nok = x is 1", "f = lambda: (1)(2)", "assert (1, 'always')", "y = [1, 2]['k'] if 0 else 0"]

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("always")
    for src in sources:
        compile(src, "<case>", "exec")
print([(str(w.message), w.category.__name__, w.filename, w.lineno) for w in seen])

with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter("ignore")
    for src in sources:
        compile(src, "<case>", "exec")
print(len(seen))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in sources:
        try:
            compile(src, "<case>", "exec")
            print("compiled")
        except SyntaxError as e:
            print(type(e).__name__, e.msg, e.lineno, e.offset)
