# ---
# features: [strings, comparisons]
# dialect: py3
# description: x in s for a str s needs a str x - bytes, bytearray, memoryview, numbers, None and lists on the left are a TypeError naming the left operand's type, never decoded or compared
# ---
for left in (b"q", bytearray(b"q"), memoryview(b"q"), 1, None, ["q"], "q"):
    try:
        print(type(left).__name__, left in "qq", left not in "ab")
    except TypeError as e:
        print(type(left).__name__, "TypeError", e)
