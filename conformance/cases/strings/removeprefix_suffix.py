# ---
# features: [strings, builtins]
# dialect: py3
# description: removeprefix and removesuffix remove only an exact affix
# ---
print("prefix_name".removeprefix("prefix_"))
print("name".removeprefix("x"))
print("file.tar.gz".removesuffix(".gz"))
