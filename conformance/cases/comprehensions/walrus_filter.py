# ---
# features: [comprehensions, scoping]
# dialect: py3
# description: := in a comprehension condition avoids recomputation
# ---
data = ["a", "bb", "ccc", "dddd"]
print([(w, n) for w in data if (n := len(w)) > 1])
