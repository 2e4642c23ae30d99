# ---
# features: [builtins, unicode]
# dialect: py3
# description: ascii() escapes non-ASCII characters
# ---
print(ascii("abc"))
print(ascii(["\u00e9"]))
