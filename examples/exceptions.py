# Exception chaining and an uncaught exception at the end: every engine agrees
# on the stdout, the exception type and the exit status 1.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise KeyError(text) from e


for t in ("1", "22", "x"):
    try:
        print(parse(t))
    except KeyError as e:
        print("KeyError", e, type(e.__cause__).__name__)

parse("boom")
