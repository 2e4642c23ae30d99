# ---
# features: [strings, unicode, formatting]
# dialect: py3
# description: repr chooses quotes and escapes control characters
# ---
print(repr("it's"))
print(repr('say "hi"'))
print(repr("both ' and \""))
print(repr("tab\there\nnl"))
print(repr("\x00\x7f\u00e9\u200b"))
print(ascii("\u00e9\U0001F600"))
