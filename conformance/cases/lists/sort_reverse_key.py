# ---
# features: [lists, containers]
# dialect: py2+3
# description: sort with key and reverse keeps stability
# ---
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len, reverse=True))
