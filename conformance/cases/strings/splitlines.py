# ---
# features: [strings, builtins]
# dialect: py3
# description: splitlines splits on all line boundaries and can keep ends
# ---
s = "one\ntwo\r\nthree\rfour\x0bfive"
print(s.splitlines())
print("a\nb\n".splitlines(True))
